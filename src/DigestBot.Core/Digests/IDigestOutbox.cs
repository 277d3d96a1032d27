namespace DigestBot.Core.Digests;

/// <summary>The delivery outbox: one row per (subscription, fire time) written before sending. Implemented by DigestBot.Sqlite.</summary>
public interface IDigestOutbox
{
    /// <summary>Inserts <paramref name="entry"/> unless its key exists; true only for the caller that inserted it.</summary>
    Task<bool> TryReserveAsync(OutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>The row of <paramref name="key"/>, if any.</summary>
    Task<OutboxEntry?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>Counts one more post attempt (written before posting) and the last transient reason.</summary>
    Task RecordAttemptAsync(string key, int attempts, string? reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks the row sent with the platform's message id.</summary>
    Task MarkSentAsync(string key, string messageId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Ends the row as <paramref name="status"/> (Empty, Skipped or Failed) with why.</summary>
    Task CloseAsync(string key, OutboxStatus status, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Rows still pending, oldest fire time first.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListPendingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims the right to post row <paramref name="key"/> until the claim is disposed or this process dies; null while
    /// another process (a replica retrying pending rows at start, say) holds it. Stores shared by several processes
    /// must implement it; the default suits a store one process uses alone.
    /// </summary>
    Task<OutboxClaim?> TryClaimAsync(string key, CancellationToken cancellationToken) => Task.FromResult<OutboxClaim?>(OutboxClaim.Unguarded);

    /// <summary>The subscription's latest row (by fire time) in one of <paramref name="statuses"/>, if any.</summary>
    Task<OutboxEntry?> FindLatestAsync(long subscriptionId, IReadOnlyCollection<OutboxStatus> statuses, CancellationToken cancellationToken);
}
