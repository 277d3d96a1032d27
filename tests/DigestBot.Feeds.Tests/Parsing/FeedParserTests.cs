using DigestBot.Feeds.Parsing;

namespace DigestBot.Feeds.Tests.Parsing;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://example.com/blog/feed.xml");

    [Fact]
    public void Parse_Rss2WithContentEncoded_ReturnsCleanTextAndAbsoluteLinks()
    {
        const string xml = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel><title>Blog</title><atom:link rel="self" href="https://example.com/blog/feed.xml"/>
            <item><title>First &amp; best</title><link>/posts/1</link><guid isPermaLink="false">p1</guid>
            <pubDate>Sat, 07 Jan 2017 09:00:01 EST</pubDate>
            <description>&lt;p&gt;Short &lt;b&gt;summary&lt;/b&gt;&lt;/p&gt;</description>
            <content:encoded><![CDATA[<p>"We will win," she said.</p><script>evil()</script><p>Second&nbsp;para</p>]]></content:encoded>
            </item></channel></rss>
            """;

        var feed = FeedParser.Parse(xml, FeedUrl);

        var item = Assert.Single(feed.Items);
        Assert.Equal(FeedFormat.Rss2, feed.Format);
        Assert.Equal("p1", item.Id);
        Assert.Equal("First & best", item.Title);
        Assert.Equal(new Uri("https://example.com/posts/1"), item.Link);
        Assert.Equal(new DateTimeOffset(2017, 1, 7, 9, 0, 1, TimeSpan.FromHours(-5)), item.Published);
        Assert.Equal("Short summary", item.Summary);
        Assert.Equal("\"We will win,\" she said.\nSecond para", item.Content);
    }

    [Fact]
    public void Parse_AtomWithNestedXmlBase_ResolvesLinksAgainstTheBaseChain()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/">
              <entry xml:base="archives/"><title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title>
                <link rel="alternate" href="000001.html"/><link rel="related" href="http://other/"/>
                <id>tag:example.org,2004:1</id><updated>2004-04-20T00:23:47Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Some <em>content</em></p></div></content>
              </entry>
            </feed>
            """;

        var feed = FeedParser.Parse(xml, FeedUrl);

        var entry = Assert.Single(feed.Items);
        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal(new Uri("http://example.org/archives/000001.html"), entry.Link);
        Assert.Equal("A <b>bold</b> title", entry.Title);
        Assert.Equal("Some content", entry.Content);
    }

    [Fact]
    public void Parse_RelativeLinkWithoutBaseOrAddress_LeavesLinkNull()
    {
        const string xml = "<rss><channel><item><title>t</title><link>/a</link></item></channel></rss>";

        var feed = FeedParser.Parse(xml, null);

        Assert.Null(Assert.Single(feed.Items).Link);
    }

    [Fact]
    public void Parse_IllFormedRssWithUndefinedEntity_RecoversTheItems()
    {
        const string xml = "<rss version=\"2.0\"><channel><item><title>One&nbsp;&hellip;</title><link>http://a/1?x=1&y=2</link></item><item><title>Two</title></channel>";

        var feed = FeedParser.Parse(xml, FeedUrl);

        Assert.False(feed.WellFormed);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("One \u2026", feed.Items[0].Title);
        Assert.Equal(new Uri("http://a/1?x=1&y=2"), feed.Items[0].Link);
    }

    [Fact]
    public void Parse_Rdf_ReadsItemsBesideTheChannel()
    {
        const string xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://x/"><title>c</title><items><rdf:Seq><rdf:li resource="http://x/1"/></rdf:Seq></items></channel>
              <item rdf:about="http://x/1"><title>One</title><link>http://x/1</link><dc:date>2017-01-07T13:07:24+01:00</dc:date></item>
            </rdf:RDF>
            """;

        var feed = FeedParser.Parse(xml, FeedUrl);

        var item = Assert.Single(feed.Items);
        Assert.Equal(FeedFormat.Rss1, feed.Format);
        Assert.Equal("http://x/1", item.Id);
        Assert.Equal(new DateTimeOffset(2017, 1, 7, 13, 7, 24, TimeSpan.FromHours(1)), item.Published);
    }

    [Fact]
    public void Parse_JsonFeed_ReadsItems()
    {
        const string json = """{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":1,"title":"T","url":"/p/1","content_html":"<p>Hi</p>","date_published":"2020-01-24T23:46:57Z"}]}""";

        var feed = FeedParser.Parse(json, FeedUrl);

        var item = Assert.Single(feed.Items);
        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal("1", item.Id);
        Assert.Equal(new Uri("https://example.com/p/1"), item.Link);
        Assert.Equal("Hi", item.Content);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("<html><body>Not found</body></html>", "unknown root element <html>")]
    [InlineData("{\"version\": ", "not valid JSON")]
    [InlineData("<!-- only a comment -->", "no root element")]
    public void Parse_NotAFeed_ReturnsInvalidWithTheReason(string document, string reason)
    {
        var feed = FeedParser.Parse(document, FeedUrl);

        Assert.Equal(FeedFormat.Invalid, feed.Format);
        Assert.Contains(reason, feed.Problem, StringComparison.Ordinal);
    }
}
