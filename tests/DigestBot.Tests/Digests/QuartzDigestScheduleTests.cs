using DigestBot.Core.Subscriptions;
using DigestBot.Host.Digests;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DigestBot.Tests.Digests;

public sealed class QuartzDigestScheduleTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ServiceProvider _services;
    private readonly QuartzDigestSchedule _schedule;

    public QuartzDigestScheduleTests()
    {
        _services = new ServiceCollection().AddLogging().AddQuartz().BuildServiceProvider();
        _schedule = new QuartzDigestSchedule(_services.GetRequiredService<ISchedulerFactory>(), TimeProvider.System);
    }

    public void Dispose() => _services.Dispose();

    private static Subscription At(string time, string zone, string? cron = null) =>
        new(1, "slack", "C1", cron is null ? time : null, cron, zone, true, null, Created);

    private List<DateTimeOffset> Next(Subscription subscription, DateTimeOffset after, int count)
    {
        var times = new List<DateTimeOffset>();
        for (var t = after; times.Count < count;)
        {
            t = _schedule.GetNextFireTime(subscription, t) ?? throw new InvalidOperationException("no next fire time");
            times.Add(t);
        }

        return times;
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-27T12:00Z", 1, 2)]
    [InlineData("Europe/Berlin", "2026-10-23T12:00Z", 2, 1)]
    [InlineData("America/New_York", "2026-03-06T12:00Z", -5, -4)]
    [InlineData("America/New_York", "2026-10-30T12:00Z", -4, -5)]
    public void GetNextFireTime_AcrossDst_StaysAtEightLocal(string zone, string after, int offsetBefore, int offsetAfter)
    {
        var times = Next(At("08:00", zone), DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture), 4);

        var local = times.Select(t => TimeZoneInfo.ConvertTime(t, TimeZoneInfo.FindSystemTimeZoneById(zone))).ToList();
        Assert.All(local, l => Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(l.DateTime)));
        Assert.Equal(TimeSpan.FromHours(offsetBefore), local[0].Offset);
        Assert.Equal(TimeSpan.FromHours(offsetAfter), local[3].Offset);
        Assert.Equal(4, local.Select(l => l.Date).Distinct().Count());
    }

    [Theory]
    [InlineData("Europe/Berlin", "02:30", "2026-03-28T12:00Z", "2026-03-29T01:00Z")]
    [InlineData("America/New_York", "02:30", "2026-03-07T12:00Z", "2026-03-08T07:00Z")]
    public void GetNextFireTime_TimeSkippedBySpringForward_RunsOnceThatDay(string zone, string time, string after, string expected)
    {
        var start = DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture);

        var times = Next(At(time, zone), start, 3);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), times[0]);
        Assert.Equal([1, 1, 1], times.GroupBy(t => TimeZoneInfo.ConvertTime(t, TimeZoneInfo.FindSystemTimeZoneById(zone)).Date).Select(g => g.Count()));
    }

    [Fact]
    public void GetNextFireTime_TimeRepeatedByFallBack_RunsOnce()
    {
        var times = Next(At("02:30", "Europe/Berlin"), new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero), 2);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), times[0]);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), times[1]);
    }

    [Fact]
    public void GetPreviousFireTime_Cron_ReturnsLastWeekdayRun()
    {
        var weekdays = At("", "Europe/Berlin", "0 0 8 ? * MON-FRI");

        var previous = _schedule.GetPreviousFireTime(weekdays, new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero), previous);
    }

    [Theory]
    [InlineData("0 0 8 * * ?", null)]
    [InlineData("0 0 25 * * ?", "")]
    [InlineData("0 8 * *", "")]
    public void ValidateCron_Expressions_RejectsBadOnes(string cron, string? expected)
    {
        var error = _schedule.ValidateCron(cron);

        Assert.Equal(expected is null, error is null);
    }

    [Fact]
    public async Task ScheduleAsync_Subscription_RegistersTriggerInItsZone()
    {
        var scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

        await _schedule.ScheduleAsync(At("08:00", "Europe/Berlin") with { Id = 42 }, CancellationToken.None);

        var trigger = await scheduler.GetTrigger(new TriggerKey("digest-42", QuartzDigestSchedule.Group), CancellationToken.None);
        var cron = Assert.IsAssignableFrom<ICronTrigger>(trigger);
        Assert.Equal("Europe/Berlin", cron.TimeZone.Id);
        Assert.Equal("0 0 8 ? * *", cron.CronExpressionString);
        await _schedule.UnscheduleAsync(42, CancellationToken.None);
        Assert.Null(await scheduler.GetTrigger(new TriggerKey("digest-42", QuartzDigestSchedule.Group), CancellationToken.None));
    }

    [Fact]
    public async Task ScheduleAsync_SameScheduleAgain_KeepsTheStoredTrigger()
    {
        var scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        var subscription = At("08:00", "Europe/Berlin") with { Id = 7 };
        await _schedule.ScheduleAsync(subscription, CancellationToken.None);
        var key = new TriggerKey("digest-7", QuartzDigestSchedule.Group);
        var first = await scheduler.GetTrigger(key, CancellationToken.None);

        await _schedule.ScheduleAsync(subscription, CancellationToken.None);

        var again = await scheduler.GetTrigger(key, CancellationToken.None);
        Assert.Equal(first!.StartTimeUtc, again!.StartTimeUtc);
        var job = await scheduler.GetJobDetail(new JobKey("digest-7", QuartzDigestSchedule.Group), CancellationToken.None);
        Assert.True(job!.RequestsRecovery);
        Assert.Equal(CronTriggerMisfireInstruction.DoNothing, Assert.IsAssignableFrom<ICronTrigger>(again).MisfireInstruction);
    }

    [Fact]
    public async Task ScheduleAsync_ChangedScheduleOrDisabled_ReplacesOrRemovesTheTrigger()
    {
        var scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        var key = new TriggerKey("digest-8", QuartzDigestSchedule.Group);
        await _schedule.ScheduleAsync(At("08:00", "Europe/Berlin") with { Id = 8 }, CancellationToken.None);

        await _schedule.ScheduleAsync(At("", "UTC", "0/10 * * * * ?") with { Id = 8 }, CancellationToken.None);

        var replaced = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(key, CancellationToken.None));
        Assert.Equal(("0/10 * * * * ?", "UTC"), (replaced.CronExpressionString, replaced.TimeZone.Id));
        await _schedule.ScheduleAsync(At("", "UTC", "0/10 * * * * ?") with { Id = 8, Enabled = false }, CancellationToken.None);
        Assert.Null(await scheduler.GetTrigger(key, CancellationToken.None));
    }
}
