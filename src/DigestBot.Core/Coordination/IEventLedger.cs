namespace DigestBot.Core.Coordination;

/// <summary>
/// Remembers inbound event ids (Slack's <c>event_id</c>, for one) for a while, shared by every replica that uses the
/// same store, so an event delivered twice, or to two replicas, is handled once.
/// </summary>
public interface IEventLedger
{
    /// <summary>
    /// Records <paramref name="eventId"/> in <paramref name="scope"/> for <paramref name="keepFor"/>; true the first time,
    /// false while an earlier record is still kept.
    /// </summary>
    Task<bool> TryRecordAsync(string scope, string eventId, TimeSpan keepFor, CancellationToken cancellationToken);

    /// <summary>Drops the record so a retry is handled (used when the event could not be queued).</summary>
    Task ForgetAsync(string scope, string eventId, CancellationToken cancellationToken);
}
