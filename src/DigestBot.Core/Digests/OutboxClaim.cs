namespace DigestBot.Core.Digests;

/// <summary>The right to post one outbox row, held until disposed; see <see cref="IDigestOutbox.TryClaimAsync"/>.</summary>
public sealed class OutboxClaim(Func<ValueTask> release) : IAsyncDisposable
{
    private int _released;

    /// <summary>A claim that guards nothing, for a store only ever used by one process at a time.</summary>
    public static OutboxClaim Unguarded { get; } = new(() => ValueTask.CompletedTask);

    /// <summary>Releases the claim (once).</summary>
    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _released, 1) == 0 && !ReferenceEquals(this, Unguarded) ? release() : ValueTask.CompletedTask;
}
