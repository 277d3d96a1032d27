using DigestBot.Core.Answers;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using DigestBot.Core.Summaries;

namespace DigestBot.Core.Digests;

/// <summary>
/// Picks the most telling statements of a story: verbatim quotes over paraphrase, named people over pronouns and
/// institutions, speakers quoted often in the story, quotes of a readable length; one per speaker first.
/// </summary>
public static class QuoteSelector
{
    /// <summary>Up to <paramref name="count"/> statements from <paramref name="articles"/>, best first.</summary>
    public static IReadOnlyList<Statement> Select(IReadOnlyList<StoredArticle> articles, int count)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var all = articles
            .SelectMany(a => a.Quotes.Select(q => (Quote: q, Article: a)))
            .Where(x => !string.IsNullOrWhiteSpace(x.Quote.Text) && !string.IsNullOrWhiteSpace(x.Quote.Speaker))
            .ToList();
        var perSpeaker = all.GroupBy(x => x.Quote.Speaker, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var ranked = all
            .Select((x, order) => (x.Quote, x.Article, Order: order, Score: Score(x.Quote, perSpeaker[x.Quote.Speaker])))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Order)
            .ToList();

        var chosen = new List<(Quote Quote, StoredArticle Article)>();
        var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var speakers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var firstPass in new[] { true, false })
        {
            foreach (var x in ranked)
            {
                if (chosen.Count >= count)
                {
                    break;
                }

                if ((firstPass && speakers.Contains(x.Quote.Speaker)) || !texts.Add(x.Quote.Text.Trim()))
                {
                    continue;
                }

                speakers.Add(x.Quote.Speaker);
                chosen.Add((x.Quote, x.Article));
            }
        }

        return chosen.Select(c => new Statement(
            c.Quote.Text.Trim(), c.Quote.Kind, c.Quote.Speaker, SourceOf(c.Article), c.Quote.Start, c.Quote.End)).ToList();
    }

    /// <summary>The citation of a stored article.</summary>
    public static ArticleSource SourceOf(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleSource(article.Article.Id, article.Article.Label, article.Article.Source);
    }

    private static double Score(Quote quote, int speakerCount)
    {
        var words = WordTokenizer.Tokenize(quote.Text).Count;
        var kind = quote.Kind switch { QuoteKind.Direct => 2.0, QuoteKind.Mixed => 1.5, _ => 1.0 };
        var named = quote.Speaker.Contains(' ', StringComparison.Ordinal) && char.IsUpper(quote.Speaker[0]) ? 1.0 : 0.0;
        var length = words switch { < 5 => -1.5, < 10 => 0.0, <= 45 => 1.0, _ => 0.3 };
        return kind + named + length + Math.Log(speakerCount);
    }
}
