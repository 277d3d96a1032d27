using System.Collections.Concurrent;
using DigestBot.Core.Delivery;

namespace DigestBot.Sqlite.Tests.Digests;

/// <summary>
/// A loopback chat platform that answers from a script and, like Discord's enforce_nonce, answers a repeated
/// idempotency key with the first message id instead of posting again.
/// </summary>
internal sealed class FakePlatform(TimeProvider time, params DeliveryResult[] script) : IChatPlatform
{
    private readonly Queue<DeliveryResult> _script = new(script);
    private readonly ConcurrentDictionary<string, string> _posted = new();

    public string Name => "fake";

    /// <summary>Every call: the key and when it came.</summary>
    public List<(string Key, DateTimeOffset At)> Calls { get; } = [];

    /// <summary>Messages that really appeared in a channel.</summary>
    public List<DigestDelivery> Posts { get; } = [];

    public Task<DeliveryResult> PostDigestAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        Calls.Add((delivery.IdempotencyKey, time.GetUtcNow()));
        if (_posted.TryGetValue(delivery.IdempotencyKey, out var existing))
        {
            return Task.FromResult(DeliveryResult.Delivered(existing));
        }

        var result = _script.Count > 0 ? _script.Dequeue() : DeliveryResult.Delivered("m" + (Posts.Count + 1));
        if (result.Status == DeliveryStatus.Delivered)
        {
            Posts.Add(delivery);
            _posted[delivery.IdempotencyKey] = result.MessageId!;
        }

        return Task.FromResult(result);
    }
}
