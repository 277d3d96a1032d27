using DigestBot.Core.Chat;
using DigestBot.Core.Sources;
using DigestBot.Feeds.Tests.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DigestBot.Feeds.Tests.Chat;

/// <summary>/sources through the Core's chat handler, with feeds on a real Kestrel server and a real SQLite file.</summary>
public sealed class SourceCommandsTests : IAsyncLifetime
{
    private static readonly ChatContext Admin = new("discord", "C1", "U-admin", IsAdmin: true);
    private static readonly ChatContext Member = new("slack", "C2", "U-member", IsAdmin: false);
    private FeedTestBench _bench = null!;
    private ServiceProvider _services = null!;

    private FeedTestServer Server => _bench.Server;

    public async Task InitializeAsync()
    {
        _bench = await FeedTestBench.StartAsync("digestbot-sourcecmd-");
        _services = CreateServices(allowPrivate: true);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _bench.DisposeAsync();
    }

    [Fact]
    public async Task HandleAsync_AddValidFeed_AnswersFormatAndCountAndStoresWhoAdded()
    {
        var url = Server.Url("feeds/feedreader__Rss20NYTimes.xml").AbsoluteUri;

        var reply = await SendAsync("add " + url + " NYT World", Admin);

        Assert.Equal(ChatReplyKind.Info, reply.Kind);
        Assert.StartsWith("Added NYT World: RSS 2.0, 33 items.", reply.Text, StringComparison.Ordinal);
        var stored = Assert.Single(await Store.ListAsync(CancellationToken.None));
        Assert.Equal((url, "NYT World", "U-admin", "discord:C1"), (stored.Url, stored.Name, stored.AddedBy, stored.AddedIn));
    }

    [Fact]
    public async Task HandleAsync_AddWithoutName_UsesTheFeedsTitle()
    {
        var reply = await SendAsync("add " + Server.Url("feeds/feedparser__examples_atom10.xml").AbsoluteUri, Admin);

        Assert.Equal(ChatReplyKind.Info, reply.Kind);
        Assert.Contains(": Atom, ", reply.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(await Store.ListAsync(CancellationToken.None)).Name));
    }

    [Fact]
    public async Task HandleAsync_AddByNonAdmin_RefusesAndStoresNothing()
    {
        var reply = await SendAsync("add " + Server.Url("feeds/feedreader__Rss20NYTimes.xml").AbsoluteUri, Member);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("Only admins", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, Server.Requests("feeds/feedreader__Rss20NYTimes.xml"));
        Assert.Empty(await Store.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("feeds/gofeed__unknown_feed.xml", "not an RSS, Atom or JSON feed")]
    [InlineData("fail", "HTTP 500")]
    [InlineData("busy", "HTTP 429")]
    public async Task HandleAsync_AddBrokenFeed_ErrorNamesWhyAndStoresNothing(string path, string reason)
    {
        var reply = await SendAsync("add " + Server.Url(path).AbsoluteUri, Admin);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains(reason, reply.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await Store.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("ftp://example.com/feed.xml")]
    [InlineData("not a url")]
    [InlineData("file:///etc/passwd")]
    public async Task HandleAsync_AddNotHttp_ErrorNamesTheInput(string input)
    {
        var reply = await SendAsync("add " + input, Admin);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("is not an http or https URL", reply.Text, StringComparison.Ordinal);
        Assert.Contains(input.Split(' ')[0], reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AddLoopbackWithoutAllowPrivate_RefusedByTheSsrfGuard()
    {
        await using var guarded = CreateServices(allowPrivate: false);
        var handler = new ChatCommandHandler(Mock.Of<Core.Answers.IQuestionAnswerer>(), null, guarded.GetRequiredService<ISourceCommands>());

        var reply = await handler.HandleAsync(
            new ChatCommand("sources", "add " + Server.Url("feeds/feedreader__Rss20NYTimes.xml").AbsoluteUri, Admin), CancellationToken.None);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("non-public address", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, Server.Requests("feeds/feedreader__Rss20NYTimes.xml"));
    }

    [Fact]
    public async Task HandleAsync_AddSameUrlTwice_SecondSaysAlreadyFollowing()
    {
        var url = Server.Url("feeds/feedreader__Rss20NYTimes.xml").AbsoluteUri;
        await SendAsync("add " + url + " NYT", Admin);

        var reply = await SendAsync("add " + url, Admin);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("Already following", reply.Text, StringComparison.Ordinal);
        Assert.Single(await Store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_AddConfiguredUrl_SaysAlreadyFollowing()
    {
        var reply = await SendAsync("add " + Server.Url("feeds/feedparser__examples_rss20.xml").AbsoluteUri, Admin);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("Already following", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Configured", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_RemoveByName_RemovesItAndListNoLongerShowsIt()
    {
        var url = Server.Url("feeds/feedreader__Rss20NYTimes.xml").AbsoluteUri;
        await SendAsync("add " + url + " NYT World", Admin);

        var reply = await SendAsync("remove nyt world", Admin);

        Assert.Equal(ChatReplyKind.Info, reply.Kind);
        Assert.Contains("Removed NYT World", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await Store.ListAsync(CancellationToken.None));
        Assert.DoesNotContain(url, (await SendAsync("list", Member)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_RemoveConfiguredFeed_RefusesNamingAppsettings()
    {
        var reply = await SendAsync("remove Configured", Admin);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("appsettings.json", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_RemoveByNonAdmin_Refuses()
    {
        await SendAsync("add " + Server.Url("feeds/feedreader__Rss20NYTimes.xml").AbsoluteUri + " NYT", Admin);

        var reply = await SendAsync("remove NYT", Member);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Single(await Store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_ListByMember_ShowsEveryFeedWithItsState()
    {
        var url = Server.Url("feeds/feedreader__Rss20NYTimes.xml").AbsoluteUri;
        await SendAsync("add " + url + " NYT", Admin);
        await Store.SaveStateAsync(FeedSourceState.Unpolled(url) with
        {
            LastFetchAt = DateTimeOffset.UtcNow.AddMinutes(-2),
            ItemsLastFetched = 33,
            NewItems = 4,
            UpdatedItems = 1,
            LastError = "HTTP 503 Service Unavailable",
            ConsecutiveFailures = 2,
            NextPollAt = DateTimeOffset.UtcNow.AddMinutes(30),
        }, CancellationToken.None);

        var reply = await SendAsync("list", Member);

        Assert.Equal(ChatReplyKind.Info, reply.Kind);
        Assert.StartsWith("2 news sources:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Configured <" + Server.Url("feeds/feedparser__examples_rss20.xml").AbsoluteUri + ">", reply.Text, StringComparison.Ordinal);
        Assert.Contains("configured in appsettings.json", reply.Text, StringComparison.Ordinal);
        Assert.Contains("not polled yet", reply.Text, StringComparison.Ordinal);
        Assert.Contains("NYT <" + url + ">", reply.Text, StringComparison.Ordinal);
        Assert.Contains("added by U-admin", reply.Text, StringComparison.Ordinal);
        Assert.Contains("33 items · 4 new, 1 updated", reply.Text, StringComparison.Ordinal);
        Assert.Contains("last error: HTTP 503 Service Unavailable (2 failures in a row)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("next poll in 30 min", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ListOfTwentyThreeFeeds_ThreePagesShowEveryFeedOnceAndSayWhereTheNextIs()
    {
        await AddFeedsAsync(22);

        var pages = new List<ChatReply>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await SendAsync(page == 1 ? "list" : $"list {page}", Member));
        }

        Assert.All(pages, p => Assert.Equal(ChatReplyKind.Info, p.Kind));
        Assert.StartsWith("23 news sources, page 1 of 3 (feeds 1–10):", pages[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("Page 1 of 3. Next: /sources list 2", pages[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("23 news sources, page 3 of 3 (feeds 21–23):", pages[2].Text, StringComparison.Ordinal);
        Assert.EndsWith("Page 3 of 3. First page: /sources list 1", pages[2].Text, StringComparison.Ordinal);
        var names = new[] { "Configured" }.Concat(Enumerable.Range(1, 22).Select(i => $"Feed {i:00}"));
        foreach (var name in names)
        {
            Assert.Single(pages, p => p.Text.Contains("\n" + name + " <", StringComparison.Ordinal));
        }

        Assert.All(pages, p => Assert.True(p.Text.Length < 3000, $"a page is {p.Text.Length} characters"));
    }

    [Theory]
    [InlineData("list 4", "There is no page 4: 23 sources fit on 3 pages of 10. Try /sources list 3")]
    [InlineData("list 0", "\"0\" is not a page number. Usage: /sources list [page]")]
    [InlineData("list two", "\"two\" is not a page number.")]
    public async Task HandleAsync_ListBadPage_ErrorNamesThePageAndTheRange(string text, string expected)
    {
        await AddFeedsAsync(22);

        var reply = await SendAsync(text, Member);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ListPageOneOfOnePage_ReadsAsTheWholeList()
    {
        var reply = await SendAsync("list 1", Member);

        Assert.Equal(ChatReplyKind.Info, reply.Kind);
        Assert.StartsWith("1 news source:", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("page", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("help")]
    public async Task HandleAsync_Help_ShowsSourcesUsage(string text)
    {
        var reply = await SendAsync(text, Member);

        Assert.Equal(ChatReplyKind.Help, reply.Kind);
        Assert.Contains("/sources add <url> [name]", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_UnknownSubcommand_ErrorShowsUsage()
    {
        var reply = await SendAsync("purge", Admin);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("'purge'", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/sources list", reply.Text, StringComparison.Ordinal);
    }

    private ISourceStore Store => _services.GetRequiredService<ISourceStore>();

    // Chat-added feeds with long but realistic URLs and a failing state, next to the one configured feed.
    private async Task AddFeedsAsync(int count)
    {
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 1; i <= count; i++)
        {
            var url = $"https://news-{i:00}.example.org/world/europe/politics/rss.xml";
            Assert.True(await Store.AddAsync(new FeedSource(url, $"Feed {i:00}", null, "U-admin", "slack:C1", at.AddMinutes(i)), CancellationToken.None));
            await Store.SaveStateAsync(FeedSourceState.Unpolled(url) with
            {
                LastFetchAt = DateTimeOffset.UtcNow.AddMinutes(-2),
                ItemsLastFetched = 40,
                NewItems = 3,
                LastError = "HTTP 503 Service Unavailable",
                ConsecutiveFailures = 2,
                NextPollAt = DateTimeOffset.UtcNow.AddMinutes(30),
            }, CancellationToken.None);
        }
    }

    private Task<ChatReply> SendAsync(string text, ChatContext context)
    {
        var handler = new ChatCommandHandler(Mock.Of<Core.Answers.IQuestionAnswerer>(), null, _services.GetRequiredService<ISourceCommands>());
        return handler.HandleAsync(new ChatCommand("sources", text, context), CancellationToken.None);
    }

    private ServiceProvider CreateServices(bool allowPrivate)
    {
        return _bench.CreateFeedServices(new Dictionary<string, string?>
        {
            ["Sources:0:Url"] = Server.Url("feeds/feedparser__examples_rss20.xml").AbsoluteUri,
            ["Sources:0:Name"] = "Configured",
            ["Sources:AllowPrivateAddresses"] = allowPrivate ? "true" : "false",
            ["Sources:Timeout"] = "00:00:05",
        });
    }
}
