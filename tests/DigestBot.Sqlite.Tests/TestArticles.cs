using DigestBot.Core.Articles;
using DigestBot.Core.People;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;

namespace DigestBot.Sqlite.Tests;

/// <summary>Builds analysed articles whose quotes are real substrings of their text.</summary>
internal static class TestArticles
{
    public static readonly DateTimeOffset IndexedAt = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    public const string GenevaText =
        "GENEVA\n\"Russia has no intention of ending this war,\" Kaja Kallas said.\nKallas said that sanctions would follow.\n" +
        "Trump said he would meet Zelenskyy.\n\"We will get it done,\" Trump said.";

    public static AnalysedArticle Geneva(string source = "seeds/geneva.txt", string text = GenevaText, DateTimeOffset? indexedAt = null)
    {
        var quotes = new List<Quote>();
        Add(quotes, text, "Russia has no intention of ending this war,", "Kaja Kallas", QuoteKind.Direct);
        Add(quotes, text, "sanctions would follow.", "Kaja Kallas", QuoteKind.Indirect);
        Add(quotes, text, "he would meet Zelenskyy.", "Donald Trump", QuoteKind.Indirect);
        Add(quotes, text, "We will get it done,", "Donald Trump", QuoteKind.Direct);
        var people = new List<Person>
        {
            new("Kaja Kallas", EntityKind.Person, ["Kallas"], ["EU foreign policy chief"]),
            new("Donald Trump", EntityKind.Person, ["Trump"], ["US President"]),
            new("Volodymyr Zelenskyy", EntityKind.Person, ["Zelenskyy"], []),
        };
        var article = new Article(ArticleParser.IdFor(source), source, "GENEVA", null, text, ArticleParser.HashOf(text), null, indexedAt ?? IndexedAt);
        return new AnalysedArticle(article, [new TextSpan(7, text.Length)], new ArticleAnalysis(quotes, people));
    }

    private static void Add(List<Quote> quotes, string text, string quote, string speaker, QuoteKind kind)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        if (start >= 0)
        {
            quotes.Add(new Quote(quote, speaker, kind, start, start + quote.Length, "said"));
        }
    }
}
