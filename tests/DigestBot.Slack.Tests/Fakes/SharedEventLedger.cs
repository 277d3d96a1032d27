using System.Collections.Concurrent;
using DigestBot.Core.Coordination;

namespace DigestBot.Slack.Tests.Fakes;

/// <summary>One ledger object handed to two test hosts, standing in for the database both replicas share (the stores' own tests cover the SQL).</summary>
internal sealed class SharedEventLedger : IEventLedger
{
    private readonly ConcurrentDictionary<(string, string), byte> _seen = new();

    public int Records => _seen.Count;

    public Task<bool> TryRecordAsync(string scope, string eventId, TimeSpan keepFor, CancellationToken cancellationToken) =>
        Task.FromResult(_seen.TryAdd((scope, eventId), 0));

    public Task ForgetAsync(string scope, string eventId, CancellationToken cancellationToken)
    {
        _seen.TryRemove((scope, eventId), out _);
        return Task.CompletedTask;
    }
}
