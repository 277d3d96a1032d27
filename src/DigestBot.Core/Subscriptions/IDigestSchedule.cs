namespace DigestBot.Core.Subscriptions;

/// <summary>The scheduler as the core sees it: fire-time arithmetic and one trigger per subscription. Implemented by the host with Quartz.</summary>
public interface IDigestSchedule
{
    /// <summary>Null when <paramref name="cron"/> is a valid Quartz cron expression, else why not.</summary>
    string? ValidateCron(string cron);

    /// <summary>The first scheduled time strictly after <paramref name="after"/>, in the subscription's time zone.</summary>
    DateTimeOffset? GetNextFireTime(Subscription subscription, DateTimeOffset after);

    /// <summary>The last scheduled time at or before <paramref name="atOrBefore"/> (looking back at most 8 days).</summary>
    DateTimeOffset? GetPreviousFireTime(Subscription subscription, DateTimeOffset atOrBefore);

    /// <summary>Creates or replaces the trigger of <paramref name="subscription"/>.</summary>
    Task ScheduleAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes the trigger of subscription <paramref name="subscriptionId"/>, if any.</summary>
    Task UnscheduleAsync(long subscriptionId, CancellationToken cancellationToken);
}
