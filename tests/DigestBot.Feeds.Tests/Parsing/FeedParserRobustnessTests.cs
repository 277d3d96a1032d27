using System.Diagnostics;
using System.Text;
using DigestBot.Feeds.Parsing;
using DigestBot.Testing;

namespace DigestBot.Feeds.Tests.Parsing;

/// <summary>The parser must never throw or hang: every fixture cut short at many points, and hostile documents.</summary>
public sealed class FeedParserRobustnessTests
{
    [Fact]
    public void Parse_EveryFixtureTruncatedAtManyPoints_NeverThrows()
    {
        var files = Directory.GetFiles(RepoPaths.InShared("feeds")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var parsed = 0;
        var clock = Stopwatch.StartNew();

        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var fraction in new[] { 0.05, 0.13, 0.31, 0.5, 0.77, 0.99 })
            {
                var cut = bytes.AsSpan(0, (int)(bytes.Length * fraction));
                var feed = FeedParser.Parse(cut, new Uri("https://example.com/feed"));
                Assert.NotNull(feed.Items);
                parsed++;
            }
        }

        Assert.True(parsed >= 600, $"parsed {parsed} truncated documents");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(100_000, "<a>")]
    [InlineData(100_000, "<item>")]
    [InlineData(50_000, "<![CDATA[")]
    [InlineData(50_000, "<x a=\"")]
    [InlineData(50_000, "&#99999999;&bogus;&")]
    [InlineData(50_000, "</rss>")]
    public void Parse_HostileRepetition_ReturnsWithoutThrowing(int repeat, string fragment)
    {
        var document = "<rss><channel>" + new StringBuilder().Insert(0, fragment, repeat);
        var clock = Stopwatch.StartNew();

        var feed = FeedParser.Parse(document, null);

        Assert.NotNull(feed);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_RandomBytes_ReturnsWithoutThrowing()
    {
        var random = new Random(42);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(0, 5000)];
            random.NextBytes(bytes);

            var feed = FeedParser.Parse(bytes, null);

            Assert.NotNull(feed);
        }
    }

    [Fact]
    public void Parse_BillionLaughs_DoesNotExpand()
    {
        const string document = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
            <rss><channel><item><title>&h;</title></item></channel></rss>
            """;

        var feed = FeedParser.Parse(document, null);

        Assert.True((feed.Items.FirstOrDefault()?.Title?.Length ?? 0) < 1_000_000);
    }
}
