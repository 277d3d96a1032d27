using DigestBot.Core.Coordination;

namespace DigestBot.Slack.Inbound;

/// <summary>
/// Event ids kept in the database's event ledger for an hour, so a retried event, or one delivered to another replica,
/// is answered once across every replica that shares the store.
/// </summary>
internal sealed class LedgerEventDeduplicator(IEventLedger ledger) : IEventDeduplicator
{
    /// <summary>The ledger scope of Slack's event ids.</summary>
    public const string Scope = "slack";

    public async ValueTask<bool> TryBeginAsync(string eventId, CancellationToken cancellationToken) =>
        await ledger.TryRecordAsync(Scope, eventId, MemoryEventDeduplicator.Lifetime, cancellationToken).ConfigureAwait(false);

    public async ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken) =>
        await ledger.ForgetAsync(Scope, eventId, cancellationToken).ConfigureAwait(false);
}
