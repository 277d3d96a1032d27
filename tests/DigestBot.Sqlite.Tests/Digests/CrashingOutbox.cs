using DigestBot.Core.Digests;

namespace DigestBot.Sqlite.Tests.Digests;

/// <summary>The real outbox, except that marking a row sent "crashes" the process once.</summary>
internal sealed class CrashingOutbox(IDigestOutbox inner) : IDigestOutbox
{
    public Task<bool> TryReserveAsync(OutboxEntry entry, CancellationToken cancellationToken) => inner.TryReserveAsync(entry, cancellationToken);

    public Task<OutboxEntry?> FindAsync(string key, CancellationToken cancellationToken) => inner.FindAsync(key, cancellationToken);

    public Task RecordAttemptAsync(string key, int attempts, string? reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.RecordAttemptAsync(key, attempts, reason, at, cancellationToken);

    public Task MarkSentAsync(string key, string messageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("simulated crash between send and mark");

    public Task CloseAsync(string key, OutboxStatus status, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.CloseAsync(key, status, reason, at, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> ListPendingAsync(CancellationToken cancellationToken) => inner.ListPendingAsync(cancellationToken);

    public Task<OutboxEntry?> FindLatestAsync(long subscriptionId, IReadOnlyCollection<OutboxStatus> statuses, CancellationToken cancellationToken) =>
        inner.FindLatestAsync(subscriptionId, statuses, cancellationToken);
}
