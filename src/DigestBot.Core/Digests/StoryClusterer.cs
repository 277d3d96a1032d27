using DigestBot.Core.Storage;
using DigestBot.Core.Summaries;

namespace DigestBot.Core.Digests;

/// <summary>
/// Groups articles into stories by average-link agglomeration over TF-IDF cosine of title and lead, with a bonus
/// when two articles quote or name the same person. An article with no close neighbour is a story of one.
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>Lowest average similarity at which two groups are merged.</summary>
    public double Threshold { get; init; } = 0.30;

    /// <summary>Added to the cosine when two articles share a named person.</summary>
    public double SharedPersonBonus { get; init; } = 0.15;

    /// <summary>Groups <paramref name="articles"/>; each group lists indexes into the input, in input order.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Cluster(IReadOnlyList<StoredArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var similarity = Similarities(articles);
        var groups = Enumerable.Range(0, articles.Count).Select(i => new List<int> { i }).ToList();
        while (groups.Count > 1)
        {
            var (bestA, bestB, best) = (-1, -1, double.MinValue);
            for (var a = 0; a < groups.Count; a++)
            {
                for (var b = a + 1; b < groups.Count; b++)
                {
                    var average = AverageLink(groups[a], groups[b], similarity);
                    if (average > best)
                    {
                        (bestA, bestB, best) = (a, b, average);
                    }
                }
            }

            if (best < Threshold)
            {
                break;
            }

            groups[bestA].AddRange(groups[bestB]);
            groups[bestA].Sort();
            groups.RemoveAt(bestB);
        }

        return groups;
    }

    /// <summary>Pairwise similarity of the articles: cosine of title + lead, plus the shared-person bonus.</summary>
    public double[,] Similarities(IReadOnlyList<StoredArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var space = new TfIdfSpace(articles.Select(TitleAndLead).ToList());
        var people = articles.Select(NamedPeople).ToArray();
        var n = articles.Count;
        var similarity = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var value = space.Cosine(a, b) + (people[a].Overlaps(people[b]) ? SharedPersonBonus : 0);
                similarity[a, b] = value;
                similarity[b, a] = value;
            }
        }

        return similarity;
    }

    /// <summary>The headline (if any) and the first two sentences of the text.</summary>
    public static string TitleAndLead(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var lead = string.Join(' ', SentenceSplitter.Split(article.Article.Text).Take(2));
        return article.Article.Headline is { Length: > 0 } headline ? headline + "\n" + lead : lead;
    }

    private static HashSet<string> NamedPeople(StoredArticle article) =>
        article.Quotes
            .Select(q => q.Speaker.Trim())
            .Where(s => s.Contains(' ', StringComparison.Ordinal) && char.IsUpper(s[0]))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static double AverageLink(List<int> a, List<int> b, double[,] similarity)
    {
        var sum = 0.0;
        foreach (var i in a)
        {
            foreach (var j in b)
            {
                sum += similarity[i, j];
            }
        }

        return sum / (a.Count * b.Count);
    }
}
