using DigestBot.Feeds.Polling;

namespace DigestBot.Feeds.Tests.Polling;

public sealed class FeedScheduleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(6);

    [Theory]
    [InlineData(0.0, 13.5)]
    [InlineData(0.5, 15.0)]
    [InlineData(0.999999, 16.5)]
    public void NextDelay_Healthy_IsTheIntervalWithinTenPercentJitter(double random, double expectedMinutes)
    {
        var delay = FeedSchedule.NextDelay(Interval, 0, null, MaxBackoff, random);

        Assert.Equal(expectedMinutes, delay.TotalMinutes, 2);
    }

    [Fact]
    public void NextDelay_RepeatedFailures_DoublesUpToTheCap()
    {
        var delays = Enumerable.Range(1, 8).Select(n => FeedSchedule.NextDelay(Interval, n, null, MaxBackoff, 0.5)).ToList();

        Assert.Equal(TimeSpan.FromMinutes(30), delays[0]);
        Assert.Equal(TimeSpan.FromMinutes(60), delays[1]);
        Assert.Equal(TimeSpan.FromMinutes(120), delays[2]);
        Assert.All(delays, d => Assert.True(d <= MaxBackoff));
        Assert.Equal(MaxBackoff, delays[^1]);
    }

    [Fact]
    public void NextDelay_RetryAfterLongerThanBackoff_WaitsForTheServer()
    {
        var delay = FeedSchedule.NextDelay(Interval, 1, TimeSpan.FromHours(2), MaxBackoff, 0.5);

        Assert.Equal(TimeSpan.FromHours(2), delay);
    }
}
