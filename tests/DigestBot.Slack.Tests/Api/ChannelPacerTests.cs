using DigestBot.Slack.Api;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Slack.Tests.Api;

public sealed class ChannelPacerTests
{
    [Fact]
    public async Task WaitTurnAsync_SecondPostToSameChannel_WaitsOneSecond()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = new ChannelPacer(time);
        await pacer.WaitTurnAsync("C1", CancellationToken.None);

        var second = pacer.WaitTurnAsync("C1", CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(999));
        var earlyDone = second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False(earlyDone);
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitTurnAsync_ThirdPost_WaitsTwoSeconds()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = new ChannelPacer(time);
        await pacer.WaitTurnAsync("C1", CancellationToken.None);
        var second = pacer.WaitTurnAsync("C1", CancellationToken.None);

        var third = pacer.WaitTurnAsync("C1", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
        var thirdEarly = third.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.False(thirdEarly);
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void WaitTurnAsync_DifferentChannels_DoNotWaitForEachOther()
    {
        var pacer = new ChannelPacer(new FakeTimeProvider(DateTimeOffset.UnixEpoch));

        var first = pacer.WaitTurnAsync("C1", CancellationToken.None);
        var other = pacer.WaitTurnAsync("C2", CancellationToken.None);

        Assert.True(first.IsCompleted);
        Assert.True(other.IsCompleted);
    }
}
