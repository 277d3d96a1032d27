using DigestBot.Feeds.Markup;

namespace DigestBot.Feeds.Tests.Markup;

public sealed class LenientXmlReaderTests
{
    [Fact]
    public void Read_UndefinedHtmlEntitiesAndBareAmpersands_DecodesLikeABrowser()
    {
        var root = LenientXmlReader.Read("<rss><title>A&nbsp;B &hellip; R&D &amp; Co &#8217;s &#x41;</title></rss>");

        Assert.NotNull(root);
        Assert.Equal("A\u00A0B \u2026 R&D & Co \u2019s A", root.Elements().Single().Text());
    }

    [Fact]
    public void Read_UnclosedAndTruncatedTags_RecoversEveryElement()
    {
        var root = LenientXmlReader.Read("junk <?xml version=\"1.0\"?><rss><channel><item><title>One<br></title></item><item><title>Two</title><link>http://x/2</link></channel></rss");

        Assert.NotNull(root);
        var items = root.Descendants().Where(e => e.Name == "item").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("One", items[0].Elements().Single(e => e.Name == "title").Text());
        Assert.Equal("http://x/2", items[1].Elements().Single(e => e.Name == "link").Text());
    }

    [Fact]
    public void Read_CdataCommentsAndUndeclaredPrefix_KeepsTextAndPrefix()
    {
        var root = LenientXmlReader.Read("<rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><!-- c --><itunes:author>Me</itunes:author><content:encoded><![CDATA[<p>Hi & bye</p>]]></content:encoded></rss>");

        Assert.NotNull(root);
        var children = root.Elements().ToList();
        Assert.Equal("itunes", children[0].Prefix);
        Assert.Equal(string.Empty, children[0].NamespaceUri);
        Assert.Equal("http://purl.org/rss/1.0/modules/content/", children[1].NamespaceUri);
        Assert.Equal("<p>Hi & bye</p>", children[1].Text());
    }

    [Fact]
    public void Read_EmptyOrCommentOnlyText_ReturnsNull()
    {
        var root = LenientXmlReader.Read("<!-- nothing here -->\n");

        Assert.Null(root);
    }
}
