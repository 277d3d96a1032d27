using DigestBot.Slack.Inbound;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Slack.Tests.Inbound;

public sealed class MemoryEventDeduplicatorTests
{
    [Fact]
    public async Task TryBeginAsync_SameIdTwice_FirstTrueThenFalse()
    {
        var dedupe = new MemoryEventDeduplicator(new FakeTimeProvider());

        var first = await dedupe.TryBeginAsync("Ev1", CancellationToken.None);
        var second = await dedupe.TryBeginAsync("Ev1", CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task TryBeginAsync_AfterTheLifetime_IdIsForgotten()
    {
        var time = new FakeTimeProvider();
        var dedupe = new MemoryEventDeduplicator(time);
        await dedupe.TryBeginAsync("Ev1", CancellationToken.None);

        time.Advance(MemoryEventDeduplicator.Lifetime);
        var again = await dedupe.TryBeginAsync("Ev1", CancellationToken.None);

        Assert.True(again);
    }

    [Fact]
    public async Task TryBeginAsync_MoreIdsThanCapacity_StaysBoundedAndForgetsTheOldest()
    {
        var dedupe = new MemoryEventDeduplicator(new FakeTimeProvider());

        for (var i = 0; i < MemoryEventDeduplicator.Capacity + 500; i++)
        {
            await dedupe.TryBeginAsync($"Ev{i}", CancellationToken.None);
        }

        Assert.Equal(MemoryEventDeduplicator.Capacity, dedupe.Count);
        Assert.True(await dedupe.TryBeginAsync("Ev0", CancellationToken.None));
        Assert.False(await dedupe.TryBeginAsync($"Ev{MemoryEventDeduplicator.Capacity + 499}", CancellationToken.None));
    }

    [Fact]
    public async Task ForgetAsync_ForgottenId_IsAcceptedAgain()
    {
        var dedupe = new MemoryEventDeduplicator(new FakeTimeProvider());
        await dedupe.TryBeginAsync("Ev1", CancellationToken.None);

        await dedupe.ForgetAsync("Ev1", CancellationToken.None);

        Assert.True(await dedupe.TryBeginAsync("Ev1", CancellationToken.None));
    }
}
