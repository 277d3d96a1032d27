using DigestBot.Core.Digests;
using DigestBot.Core.Quotes;
using DigestBot.Core.Summaries;
using Microsoft.Extensions.Options;

namespace DigestBot.Core.Tests.Digests;

public sealed class DigestBuilderTests
{
    private static readonly DateTimeOffset Since = Articles.Noon.AddHours(-24);
    private static readonly DateTimeOffset Until = Articles.Noon.AddHours(1);

    private static DigestBuilder Builder(DigestOptions? options = null) =>
        new(new ExtractiveSummarizer(), new StoryClusterer(), Options.Create(options ?? new DigestOptions()));

    [Fact]
    public void Build_SeedWithKallasQuotes_GivesHeadlineSummaryQuoteAndSource()
    {
        var text = CorpusFiles.Seed();
        var seed = Articles.Seed(Articles.Noon,
            Articles.QuoteIn(text, "President Trump's resolve to get a peace deal is vital,", "Kaja Kallas"),
            Articles.QuoteIn(text, "The U.S. holds the power to force Russia to negotiate seriously,", "Kaja Kallas"),
            Articles.QuoteIn(text, "Moscow escalated attacks even as delegations gathered", "Kaja Kallas", QuoteKind.Indirect));

        var digest = Builder().Build([seed], Since, Until);

        var story = Assert.Single(digest.Stories);
        Assert.StartsWith("The EU foreign policy chief on Saturday said", story.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain("GENEVA", story.Headline, StringComparison.Ordinal);
        Assert.InRange(story.Summary.Count, 1, 3);
        Assert.All(story.Summary, s => Assert.Contains(s, text, StringComparison.Ordinal));
        Assert.DoesNotContain("GENEVA", story.Summary);
        Assert.Contains(story.Quotes, q => q.Speaker == "Kaja Kallas" && q.Kind == QuoteKind.Direct);
        Assert.Equal("seed", Assert.Single(story.Sources).ArticleId);
    }

    [Fact]
    public void Build_ArticlesOutsideWindow_AreLeftOut()
    {
        var inside = Articles.Make("in", "Inside", "Markets rallied on Friday.", Articles.Noon);
        var before = Articles.Make("old", "Old", "Old news from last week.", Since.AddMinutes(-1));
        var atEnd = Articles.Make("end", "End", "News exactly at the end.", Until);

        var digest = Builder().Build([inside, before, atEnd], Since, Until);

        Assert.Equal(["in"], digest.Stories.SelectMany(s => s.Sources).Select(s => s.ArticleId));
    }

    [Fact]
    public void Build_TwoArticleStory_RanksAboveNewerSingleArticle()
    {
        var a = Articles.Make("a", "Central bank raises interest rates", "The central bank raised interest rates by half a point to curb inflation.", Articles.Noon.AddHours(-5));
        var b = Articles.Make("b", "Interest rates raised by central bank", "Interest rates went up as the central bank moved against inflation.", Articles.Noon.AddHours(-4));
        var c = Articles.Make("c", "Storm hits coast", "A storm hit the coast overnight, cutting power to thousands.", Articles.Noon);

        var digest = Builder().Build([c, a, b], Since, Until);

        Assert.Equal(2, digest.Stories.Count);
        Assert.Equal(2, digest.Stories[0].Sources.Count);
        Assert.Equal("c", Assert.Single(digest.Stories[1].Sources).ArticleId);
    }

    [Fact]
    public void Build_NoArticles_GivesEmptyDigestForTheWindow()
    {
        var digest = Builder().Build([], Since, Until);

        Assert.Empty(digest.Stories);
        Assert.Equal(Since, digest.Since);
        Assert.Equal(Until, digest.Until);
    }

    [Fact]
    public void Build_MoreStoriesThanMax_KeepsMaxStories()
    {
        var topics = new[] { "football final", "rail strike", "wheat harvest", "film festival", "chip factory" };
        var articles = topics.Select((t, i) => Articles.Make("t" + i, t, $"Report on the {t} today.")).ToList();

        var digest = Builder(new DigestOptions { MaxStories = 3 }).Build(articles, Since, Until);

        Assert.Equal(3, digest.Stories.Count);
    }
}
