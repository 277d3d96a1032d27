using System.Security.Cryptography;
using System.Text;
using DigestBot.Core.Articles;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Articles;

public sealed class ArticleParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private readonly ArticleParser _parser = new();

    [Fact]
    public void Parse_AllCapsFirstLine_TakesItAsDatelineAndKeepsWholeText()
    {
        const string Text = "GENEVA\nThe EU foreign policy chief on Saturday said that talks matter.\n\"It is vital,\" she said.";

        var parsed = _parser.Parse("seeds/a.txt", Text, Now);

        Assert.Equal("GENEVA", parsed.Article.Dateline);
        Assert.Null(parsed.Article.Headline);
        Assert.Equal(Text, parsed.Article.Text);
        Assert.Equal("GENEVA", parsed.Article.Label);
        Assert.Equal(2, parsed.Paragraphs.Count);
        Assert.Equal("\"It is vital,\" she said.", Text[parsed.Paragraphs[1].Start..parsed.Paragraphs[1].End]);
    }

    [Fact]
    public void Parse_DatelineThenShortTitleLine_TakesHeadline()
    {
        const string Text = "KYIV, Ukraine\nTalks Resume in Alaska\nOfficials met on Friday.";

        var parsed = _parser.Parse("seeds/b.txt", Text, Now);

        Assert.Equal(("KYIV, Ukraine", "Talks Resume in Alaska"), (parsed.Article.Dateline, parsed.Article.Headline));
        Assert.Equal("Talks Resume in Alaska", parsed.Article.Label);
        Assert.Single(parsed.Paragraphs);
    }

    [Fact]
    public void Parse_MarkdownHeading_TakesHeadlineWithoutHashes()
    {
        var parsed = _parser.Parse("notes/c.md", "# Summit ends\n\nLeaders left without a deal.", Now);

        Assert.Null(parsed.Article.Dateline);
        Assert.Equal("Summit ends", parsed.Article.Headline);
    }

    [Fact]
    public void Parse_FirstLineIsASentence_HasNoDatelineOrHeadline()
    {
        var parsed = _parser.Parse("seeds/d.txt", "The minister said talks would go on.\nShe left.", Now);

        Assert.Null(parsed.Article.Dateline);
        Assert.Null(parsed.Article.Headline);
        Assert.Equal("seeds/d.txt", parsed.Article.Label);
        Assert.Equal(2, parsed.Paragraphs.Count);
    }

    [Fact]
    public void Parse_BomAndCrLf_NormalisesTextAndHashesTheNormalisedText()
    {
        var parsed = _parser.Parse(@"seeds\e.txt", "\uFEFFGENEVA\r\nShe said it.\r\n", Now);

        Assert.Equal("GENEVA\nShe said it.\n", parsed.Article.Text);
        Assert.Equal("seeds/e.txt", parsed.Article.Source);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(QuoteExtractor.Version + "\nGENEVA\nShe said it.\n")));
        Assert.Equal(expected, parsed.Article.ContentHash);
    }

    [Fact]
    public void HashOf_SameText_DiffersFromTheBareTextHashSoAnEngineChangeReanalyses()
    {
        var text = "GENEVA\nShe said it.\n";

        var hash = ArticleParser.HashOf(text);

        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), hash);
        Assert.Equal(hash, ArticleParser.HashOf(text));
    }

    [Fact]
    public void IdFor_SamePathEitherSlash_IsStableAndDiffersPerPath()
    {
        var id = ArticleParser.IdFor("seeds/a.txt");

        Assert.Equal(id, ArticleParser.IdFor(@"seeds\a.txt"));
        Assert.NotEqual(id, ArticleParser.IdFor("seeds/b.txt"));
        Assert.Matches("^[0-9a-f]{16}$", id);
    }

    [Fact]
    public void Parse_SameTextTwice_GivesSameIdAndHash()
    {
        var first = _parser.Parse("seeds/a.txt", "GENEVA\nText.", Now);

        var second = _parser.Parse("seeds/a.txt", "GENEVA\nText.", Now.AddDays(1));

        Assert.Equal((first.Article.Id, first.Article.ContentHash), (second.Article.Id, second.Article.ContentHash));
    }
}
