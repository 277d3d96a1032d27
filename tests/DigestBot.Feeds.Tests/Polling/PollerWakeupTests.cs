using DigestBot.Feeds.Polling;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Feeds.Tests.Polling;

public sealed class PollerWakeupTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task SleepAsync_LessThanOneMillisecond_WaitsForTheClockInsteadOfReturningAtOnce()
    {
        var wakeup = new PollerWakeup();

        var sleeping = wakeup.SleepAsync(TimeSpan.FromTicks(4_000), _clock, CancellationToken.None);
        var endedBeforeTheClockMoved = sleeping.IsCompleted;
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await sleeping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(endedBeforeTheClockMoved);
    }

    [Fact]
    public async Task SleepAsync_WokenBeforeTheDelay_ReturnsWithoutTheClockMoving()
    {
        var wakeup = new PollerWakeup();
        var sleeping = wakeup.SleepAsync(TimeSpan.FromMinutes(15), _clock, CancellationToken.None);

        wakeup.Wake();
        await sleeping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(_clock.Start, _clock.GetUtcNow());
    }
}
