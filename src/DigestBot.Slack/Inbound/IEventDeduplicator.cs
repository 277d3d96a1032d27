namespace DigestBot.Slack.Inbound;

/// <summary>Remembers Slack event ids so a retried event is answered once: in the shared database when there is one, else in memory.</summary>
public interface IEventDeduplicator
{
    /// <summary>Records <paramref name="eventId"/>; true the first time, false for a repeat within the memory window.</summary>
    ValueTask<bool> TryBeginAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="eventId"/> so a retry is processed (used when the event could not be queued).</summary>
    ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken);
}
