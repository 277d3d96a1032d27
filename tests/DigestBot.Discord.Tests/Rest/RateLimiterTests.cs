using DigestBot.Discord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Discord.Tests.Rest;

public sealed class RateLimiterTests
{
    [Fact]
    public void Reserve_MoreThanBurstAtOnce_QueuesTheRestOneIntervalApart()
    {
        var limiter = new RateLimiter(new FakeTimeProvider());
        var route = RouteKey.For(HttpMethod.Post, "channels/1/messages");

        var waits = Enumerable.Range(0, RateLimiter.GlobalBurst + 5).Select(_ => (Wait: limiter.Reserve(route, out var reserved), reserved)).ToList();

        Assert.All(waits, w => Assert.True(w.reserved));
        Assert.All(waits.Take(RateLimiter.GlobalBurst), w => Assert.Equal(TimeSpan.Zero, w.Wait));
        Assert.Equal(
            [TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(60), TimeSpan.FromMilliseconds(80), TimeSpan.FromMilliseconds(100)],
            waits.Skip(RateLimiter.GlobalBurst).Select(w => TimeSpan.FromMilliseconds(Math.Round(w.Wait.TotalMilliseconds))));
    }

    [Fact]
    public void Reserve_SteadyOverOneMinute_NeverMoreThanFiftyPerSecondAfterTheBurst()
    {
        var time = new FakeTimeProvider();
        var limiter = new RateLimiter(time);
        var route = RouteKey.For(HttpMethod.Post, "channels/1/messages");
        var sendTimes = new List<TimeSpan>();
        var start = time.GetUtcNow();

        for (var i = 0; i < 3000; i++)
        {
            var wait = limiter.Reserve(route, out _);
            sendTimes.Add(time.GetUtcNow() - start + wait);
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var last = sendTimes[^1].TotalSeconds;
        Assert.InRange(last, (3000 - RateLimiter.GlobalBurst) / 50.0 - 0.05, (3000 - RateLimiter.GlobalBurst) / 50.0 + 0.05);
        var worstSecond = sendTimes.Select(t => sendTimes.Count(u => u >= t && u < t + TimeSpan.FromSeconds(1))).Max();
        Assert.True(worstSecond <= RateLimiter.GlobalBurst + RateLimiter.GlobalPerSecond, $"{worstSecond} sends in one second");
    }
}
