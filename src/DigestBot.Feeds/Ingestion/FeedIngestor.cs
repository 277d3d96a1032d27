using DigestBot.Core.Articles;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using DigestBot.Feeds.Fetching;
using DigestBot.Feeds.Identity;
using DigestBot.Feeds.Parsing;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Logging;

namespace DigestBot.Feeds.Ingestion;

/// <summary>
/// Polls one feed into the store: fetch (conditional), parse, give each item its identity, and upsert the items
/// whose text is new or changed. Failures are reported, never thrown, so one broken feed cannot stop the others.
/// </summary>
public sealed partial class FeedIngestor(
    FeedFetcher fetcher,
    IArticleStore store,
    IQuoteExtractor extractor,
    ArticleParser parser,
    FeedStateRegistry states,
    TimeProvider timeProvider,
    ILogger<FeedIngestor> logger)
{
    /// <summary>Polls <paramref name="source"/> once and reports new, updated and unchanged items, or the failure.</summary>
    public async Task<FeedReport> IngestAsync(FeedSourceOptions source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var name = source.DisplayName;
        if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url))
        {
            return FeedReport.Fail(name, source.Url, "not an absolute URL");
        }

        var state = states.Get(url.AbsoluteUri);
        var fetched = await fetcher.FetchAsync(url, state.Validators, cancellationToken).ConfigureAwait(false);
        FeedReport report;
        if (fetched.Status == FeedFetchStatus.Failed)
        {
            report = FeedReport.Fail(name, source.Url, fetched.Reason ?? "fetch failed");
        }
        else if (fetched.Status == FeedFetchStatus.NotModified)
        {
            report = new FeedReport(name, source.Url, 0, 0, 0, true, null);
        }
        else
        {
            var feed = FeedParser.Parse(fetched.Body.Span, fetched.Address);
            report = feed.Format == FeedFormat.Invalid
                ? FeedReport.Fail(name, source.Url, "not a feed: " + feed.Problem)
                : await StoreAsync(name, source.Url, url, feed, cancellationToken).ConfigureAwait(false);
        }

        Record(state, report, fetched);
        LogPolled(logger, name, report.New, report.Updated, report.Unchanged, report.Failure ?? "ok");
        return report;
    }

    private async Task<FeedReport> StoreAsync(string name, string configuredUrl, Uri url, ParsedFeed feed, CancellationToken cancellationToken)
    {
        var known = (await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.ArticleId, s => s.ContentHash, StringComparer.Ordinal);
        var keys = FeedItemIdentity.Assign(feed.Items, url);
        var now = timeProvider.GetUtcNow();
        int added = 0, updated = 0, unchanged = 0;
        for (var i = 0; i < feed.Items.Count; i++)
        {
            var item = feed.Items[i];
            var text = ArticleText(item);
            if (text.Length == 0)
            {
                continue;
            }

            var id = FeedItemIdentity.ArticleId(keys[i]);
            var source = item.Link?.AbsoluteUri ?? url.AbsoluteUri + "#" + id;
            var parsed = parser.Parse(source, text, now, item.Published ?? now);
            if (known.TryGetValue(id, out var hash) && hash == parsed.Article.ContentHash)
            {
                unchanged++;
                continue;
            }

            var article = parsed.Article with { Id = id };
            var analysis = Analyse(article.Text, source);
            var outcome = await store.UpsertAsync(new AnalysedArticle(article, parsed.Paragraphs, analysis), cancellationToken)
                .ConfigureAwait(false);
            known[id] = article.ContentHash;
            _ = outcome switch
            {
                UpsertOutcome.Added => added++,
                UpsertOutcome.Updated => updated++,
                _ => unchanged++,
            };
        }

        return new FeedReport(name, configuredUrl, added, updated, unchanged, false, null);
    }

    // The headline on its own line, then the longest body the feed gives (content, else summary).
    private static string ArticleText(FeedItem item)
    {
        var title = HtmlText.ToText(item.Title);
        var body = item.Text;
        return title.Length == 0 ? body : body.Length == 0 ? title : title + "\n\n" + body;
    }

    private ArticleAnalysis Analyse(string text, string source)
    {
        try
        {
            return extractor.Analyze(text);
        }
#pragma warning disable CA1031 // One item the quote engine cannot handle is stored without quotes rather than lost.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogAnalysisFailed(logger, source, ex.Message);
            return new ArticleAnalysis([], []);
        }
    }

    private static void Record(FeedState state, FeedReport report, FeedFetchResult fetched)
    {
        if (report.Failed)
        {
            state.ConsecutiveFailures++;
            state.LastFailure = report.Failure;
            state.RetryAfter = fetched.RetryAfter;
            return;
        }

        state.ConsecutiveFailures = 0;
        state.LastFailure = null;
        state.RetryAfter = null;
        state.Validators = fetched.Validators;
    }

    [LoggerMessage(EventId = 310, Level = LogLevel.Information, Message = "Feed {Name}: {New} new, {Updated} updated, {Unchanged} unchanged ({Result})")]
    private static partial void LogPolled(ILogger logger, string name, int @new, int updated, int unchanged, string result);

    [LoggerMessage(EventId = 311, Level = LogLevel.Warning, Message = "Quote engine failed on feed item {Source}: {Reason}; stored without quotes")]
    private static partial void LogAnalysisFailed(ILogger logger, string source, string reason);
}
