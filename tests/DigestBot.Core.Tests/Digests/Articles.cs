using DigestBot.Core.Articles;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;

namespace DigestBot.Core.Tests.Digests;

/// <summary>Builds stored articles for tests.</summary>
internal static class Articles
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static StoredArticle Make(string id, string? headline, string text, DateTimeOffset? at = null, params Quote[] quotes) =>
        new(new Article(id, id + ".txt", null, headline, text, id, at ?? Noon, at ?? Noon), quotes);

    /// <summary>The seed article, parsed the way the indexer stores it (dateline line kept in the text).</summary>
    public static StoredArticle Seed(DateTimeOffset at, params Quote[] quotes)
    {
        var text = CorpusFiles.Seed().Replace("\r\n", "\n", StringComparison.Ordinal);
        return new(new Article("seed", "seeds/000_f00861cc66674029.txt", "GENEVA", null, text, "hash", at, at), quotes);
    }

    /// <summary>A quote of <paramref name="text"/> (which must occur in <paramref name="article"/>) attributed to <paramref name="speaker"/>.</summary>
    public static Quote QuoteIn(string article, string text, string speaker, QuoteKind kind = QuoteKind.Direct)
    {
        var start = article.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' is not in the article");
        return new Quote(text, speaker, kind, start, start + text.Length, "said");
    }
}
