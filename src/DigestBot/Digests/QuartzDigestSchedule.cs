using System.Globalization;
using DigestBot.Core.Subscriptions;
using Quartz;

namespace DigestBot.Host.Digests;

/// <summary>
/// One Quartz cron trigger per subscription, in the subscription's time zone (so 08:00 Berlin stays 08:00 local
/// across DST; a time skipped by spring-forward fires once at the first valid instant after it).
/// </summary>
internal sealed class QuartzDigestSchedule(ISchedulerFactory schedulers, TimeProvider time) : IDigestSchedule
{
    /// <summary>Quartz group of the digest jobs and triggers.</summary>
    public const string Group = "digests";

    /// <summary>The job and trigger name of a subscription.</summary>
    public static string NameOf(long subscriptionId) => "digest-" + subscriptionId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The subscription id of a job or trigger name made by <see cref="NameOf"/>.</summary>
    public static long IdOf(string name) =>
        name.StartsWith("digest-", StringComparison.Ordinal) && long.TryParse(name.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new FormatException($"'{name}' is not a digest job name.");

    /// <inheritdoc />
    public string? ValidateCron(string cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return "the cron expression is empty";
        }

        try
        {
            _ = CronExpression.Parse(cron);
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }

    /// <inheritdoc />
    public DateTimeOffset? GetNextFireTime(Subscription subscription, DateTimeOffset after) =>
        Trigger(subscription, after.AddDays(-1)).GetFireTimeAfter(after);

    /// <inheritdoc />
    public DateTimeOffset? GetPreviousFireTime(Subscription subscription, DateTimeOffset atOrBefore)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var from = atOrBefore.AddDays(-8);
        var trigger = Trigger(subscription, from);
        DateTimeOffset? previous = null;
        for (var next = trigger.GetFireTimeAfter(from.AddSeconds(-1)); next is { } n && n <= atOrBefore; next = trigger.GetFireTimeAfter(n))
        {
            previous = n;
        }

        return previous;
    }

    /// <inheritdoc />
    public async Task ScheduleAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var name = NameOf(subscription.Id);
        var jobKey = new JobKey(name, Group);
        if (!subscription.Enabled)
        {
            await scheduler.DeleteJob(jobKey, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Replicas starting together all get here. A trigger that already has this schedule is left alone, so its next
        // fire time is not reset; otherwise job and trigger are replaced in one store operation (no delete-then-add race).
        var zone = ZoneOf(subscription);
        var triggerKey = new TriggerKey(name, Group);
        if (await scheduler.GetTrigger(triggerKey, cancellationToken).ConfigureAwait(false) is ICronTrigger current
            && current.CronExpressionString == subscription.CronExpression
            && current.TimeZone.Id == zone.Id
            && current.MisfireInstruction == CronTriggerMisfireInstruction.DoNothing)
        {
            return;
        }

        // Recovery: if the replica running this job dies, another one runs it again for the same fire time;
        // the outbox row then says whether it still has to be posted.
        var job = JobBuilder.Create<DigestJob>().WithIdentity(jobKey).WithDescription(subscription.Describe()).RequestRecovery().Build();

        // A fire missed while every replica was down is not fired late by Quartz (it would carry a new fire time):
        // DigestCatchUp sends it at start under its real fire time, through the outbox.
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(triggerKey)
            .ForJob(job)
            .WithSchedule(CronScheduleBuilder.Create(subscription.CronExpression).InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
            .StartAt(time.GetUtcNow())
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task UnscheduleAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.DeleteJob(new JobKey(NameOf(subscriptionId), Group), cancellationToken).ConfigureAwait(false);
    }

    private ITrigger Trigger(Subscription subscription, DateTimeOffset start) =>
        TriggerBuilder.Create(time)
            .WithSchedule(CronScheduleBuilder.Create(subscription.CronExpression).InTimeZone(ZoneOf(subscription)))
            .StartAt(start)
            .Build();

    private static TimeZoneInfo ZoneOf(Subscription subscription) => TimeZoneInfo.FindSystemTimeZoneById(subscription.TimeZone);
}
