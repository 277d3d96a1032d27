using DigestBot.Core.Articles;
using DigestBot.Core.Storage;
using DigestBot.Core.Summaries;
using Microsoft.Extensions.Options;

namespace DigestBot.Core.Digests;

/// <summary>Turns the articles of a time window into a digest: stories grouped, ranked, summarised, quoted and cited.</summary>
public sealed class DigestBuilder(ExtractiveSummarizer summarizer, StoryClusterer clusterer, IOptions<DigestOptions> options)
{
    private const int MaxHeadlineLength = 140;
    private const int MinClauseLength = 50;

    /// <summary>
    /// Builds the digest of <paramref name="articles"/> that fall in [<paramref name="since"/>, <paramref name="until"/>);
    /// stories are ranked by number of articles, then by their newest article.
    /// </summary>
    public Digest Build(IReadOnlyList<StoredArticle> articles, DateTimeOffset since, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var settings = options.Value;
        var inWindow = articles
            .Where(a => TimeOf(a) >= since && TimeOf(a) < until)
            .GroupBy(a => a.Article.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderByDescending(TimeOf)
            .ThenBy(a => a.Article.Id, StringComparer.Ordinal)
            .Take(settings.MaxArticles)
            .ToList();
        var similarity = clusterer.Similarities(inWindow);
        var stories = clusterer.Cluster(inWindow)
            .Select(group => group.Select(i => (Index: i, Article: inWindow[i])).ToList())
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.Max(x => TimeOf(x.Article)))
            .ThenBy(g => g[0].Article.Article.Id, StringComparer.Ordinal)
            .Take(settings.MaxStories)
            .Select(group =>
            {
                // The most central article leads: its headline, its text first in the summary, its citation first.
                var ordered = group
                    .OrderByDescending(x => group.Sum(y => similarity[x.Index, y.Index]))
                    .ThenByDescending(x => TimeOf(x.Article))
                    .Select(x => x.Article)
                    .ToList();
                return BuildStory(ordered, settings);
            })
            .ToList();
        return new Digest(since, until, stories);
    }

    /// <summary>When an article counts as new: its publication time, else when it was indexed.</summary>
    public static DateTimeOffset TimeOf(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Article.PublishedAt ?? article.Article.IndexedAt;
    }

    /// <summary>The article text without its leading dateline and headline lines, which are not summary sentences.</summary>
    public static string BodyOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text.TrimStart();
        foreach (var line in new[] { article.Dateline, article.Headline })
        {
            var end = text.IndexOf('\n', StringComparison.Ordinal);
            if (line is { Length: > 0 } && end >= 0 && text[..end].Trim().TrimStart('#').Trim() == line)
            {
                text = text[(end + 1)..].TrimStart();
            }
        }

        return text;
    }

    private DigestStory BuildStory(List<StoredArticle> articles, DigestOptions settings)
    {
        var summary = summarizer.Summarize(articles.Select(a => BodyOf(a.Article)).ToList(), settings.SummarySentences);
        var quotes = QuoteSelector.Select(articles, settings.QuotesPerStory);
        var sources = articles.Select(QuoteSelector.SourceOf).ToList();
        return new DigestStory(Headline(articles[0]), summary, quotes, sources);
    }

    private static string Headline(StoredArticle lead)
    {
        if (lead.Article.Headline is { Length: > 0 } headline)
        {
            return headline.Trim();
        }

        var first = SentenceSplitter.Split(BodyOf(lead.Article)).FirstOrDefault() ?? lead.Article.Label;
        if (first.Length <= MaxHeadlineLength)
        {
            return first.TrimEnd('.');
        }

        // A long lead sentence is cut at its last clause break that fits, else at a word, so the headline reads whole.
        var window = first[..MaxHeadlineLength];
        var clause = new[] { ", but ", "; ", ", ", " but ", " as ", " while " }
            .Select(b => window.LastIndexOf(b, StringComparison.Ordinal))
            .Where(i => i >= MinClauseLength)
            .DefaultIfEmpty(-1)
            .Max();
        if (clause > 0)
        {
            return window[..clause].TrimEnd(',', ';', ' ');
        }

        var cut = window.LastIndexOf(' ');
        return string.Concat(window.AsSpan(0, cut > MinClauseLength ? cut : MaxHeadlineLength - 1), "…");
    }
}
