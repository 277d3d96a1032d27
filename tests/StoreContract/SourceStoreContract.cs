using DigestBot.Core.Sources;

namespace DigestBot.StoreContract;

/// <summary>The source store's behaviour (chat-added feeds and per-feed poll state), the same for SQLite and PostgreSQL.</summary>
public abstract class SourceStoreContract<TFixture>(TFixture fixture) : ContractTests<TFixture, ISourceStore>(fixture)
    where TFixture : ISourceStoreFixture
{
    private static readonly DateTimeOffset Added = new(2026, 11, 26, 4, 40, 0, TimeSpan.Zero);

    private ISourceStore Store => Stores;

    protected override Task<ISourceStore> CreateEmptyAsync(TFixture fixture, CancellationToken cancellationToken) =>
        fixture.CreateEmptySourceStoreAsync(cancellationToken);

    [Fact]
    public async Task AddAsync_NewUrl_ListsItWithEveryField()
    {
        var source = Guardian();

        var added = await Store.AddAsync(source, Ct);

        Assert.True(added);
        Assert.Equal([source], await Store.ListAsync(Ct));
    }

    [Fact]
    public async Task AddAsync_SameUrlTwice_SecondReturnsFalseAndKeepsTheFirst()
    {
        await Store.AddAsync(Guardian(), Ct);

        var again = await Store.AddAsync(Guardian() with { Name = "Other", AddedBy = "U2" }, Ct);

        Assert.False(again);
        Assert.Equal("Guardian World", Assert.Single(await Store.ListAsync(Ct)).Name);
    }

    [Fact]
    public async Task ListAsync_TwoSources_OldestFirst()
    {
        await Store.AddAsync(Guardian() with { Url = "https://b.example/feed", AddedAt = Added.AddMinutes(5) }, Ct);
        await Store.AddAsync(Guardian() with { Url = "https://a.example/feed", Interval = null }, Ct);

        var list = await Store.ListAsync(Ct);

        Assert.Equal(["https://a.example/feed", "https://b.example/feed"], list.Select(s => s.Url));
        Assert.Null(list[0].Interval);
    }

    [Fact]
    public async Task RemoveAsync_AddedSource_RemovesItAndItsState()
    {
        var source = Guardian();
        await Store.AddAsync(source, Ct);
        await Store.SaveStateAsync(Polled(source.Url), Ct);

        var removed = await Store.RemoveAsync(source.Url, Ct);

        Assert.True(removed);
        Assert.Empty(await Store.ListAsync(Ct));
        Assert.Null(await Store.GetStateAsync(source.Url, Ct));
    }

    [Fact]
    public async Task RemoveAsync_UnknownUrl_ReturnsFalseAndKeepsOtherState()
    {
        await Store.SaveStateAsync(Polled("https://configured.example/rss"), Ct);

        var removed = await Store.RemoveAsync("https://configured.example/rss", Ct);

        Assert.False(removed);
        Assert.NotNull(await Store.GetStateAsync("https://configured.example/rss", Ct));
    }

    [Fact]
    public async Task SaveStateAsync_ThenReopen_ReadsEveryFieldBack()
    {
        var state = Polled("https://www.theguardian.com/world/rss");
        await Store.SaveStateAsync(state, Ct);

        var reopened = await Fixture.ReopenSourceStoreAsync(Ct);

        Assert.Equal(state, await reopened.GetStateAsync(state.Url, Ct));
        Assert.Equal([state], await reopened.ListStatesAsync(Ct));
    }

    [Fact]
    public async Task SaveStateAsync_SecondSave_ReplacesTheFirstIncludingNulls()
    {
        var url = "https://www.theguardian.com/world/rss";
        await Store.SaveStateAsync(Polled(url), Ct);
        var failed = FeedSourceState.Unpolled(url) with
        {
            LastFetchAt = Added.AddMinutes(20),
            LastError = "HTTP 500 Internal Server Error",
            ConsecutiveFailures = 3,
            NextPollAt = Added.AddHours(2),
        };

        await Store.SaveStateAsync(failed, Ct);

        Assert.Equal(failed, await Store.GetStateAsync(url, Ct));
        Assert.Single(await Store.ListStatesAsync(Ct));
    }

    [Fact]
    public async Task TryClaimAsync_NoStateYet_FirstWinsSecondLoses()
    {
        var url = "https://www.theguardian.com/world/rss";

        var first = await Store.TryClaimAsync(url, null, Added.AddMinutes(1), Ct);
        var second = await Store.TryClaimAsync(url, null, Added.AddMinutes(2), Ct);

        Assert.Equal((true, false), (first, second));
        var state = await Store.GetStateAsync(url, Ct);
        Assert.Equal(FeedSourceState.Unpolled(url) with { NextPollAt = Added.AddMinutes(1) }, state);
    }

    [Fact]
    public async Task TryClaimAsync_ExpectedDueTime_OnlyTheCallerWhoReadItWinsAndOtherFieldsStay()
    {
        var polled = Polled("https://www.theguardian.com/world/rss");
        await Store.SaveStateAsync(polled, Ct);
        var reopened = await Fixture.ReopenSourceStoreAsync(Ct);

        var stale = await Store.TryClaimAsync(polled.Url, polled.NextPollAt!.Value.AddMilliseconds(-1), Added.AddHours(1), Ct);
        var won = await Store.TryClaimAsync(polled.Url, polled.NextPollAt, Added.AddHours(1), Ct);
        var replica = await reopened.TryClaimAsync(polled.Url, polled.NextPollAt, Added.AddHours(2), Ct);

        Assert.Equal((false, true, false), (stale, won, replica));
        Assert.Equal(polled with { NextPollAt = Added.AddHours(1) }, await reopened.GetStateAsync(polled.Url, Ct));
    }

    [Fact]
    public async Task GetStateAsync_NeverPolled_ReturnsNull()
    {
        var state = await Store.GetStateAsync("https://never.example/feed", Ct);

        Assert.Null(state);
    }

    private static FeedSource Guardian() =>
        new("https://www.theguardian.com/world/rss", "Guardian World", TimeSpan.FromMinutes(20), "U1", "discord:C1", Added);

    private static FeedSourceState Polled(string url) => new(
        url, "\"abc-123\"", new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero), Added.AddMinutes(1), 25, 3, 1, null, 0, Added.AddMinutes(16));
}
