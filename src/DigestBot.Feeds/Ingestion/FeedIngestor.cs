using DigestBot.Core.Articles;
using DigestBot.Core.Quotes;
using DigestBot.Core.Sources;
using DigestBot.Core.Storage;
using DigestBot.Feeds.Fetching;
using DigestBot.Feeds.Identity;
using DigestBot.Feeds.Parsing;
using DigestBot.Feeds.Polling;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Ingestion;

/// <summary>
/// Polls one feed into the store: fetch (conditional), parse, give each item its identity, and upsert the items
/// whose text is new or changed. Failures are reported, never thrown, so one broken feed cannot stop the others.
/// The feed's state (validators, counts, failure streak, next due time) is read from and written to the
/// <see cref="ISourceStore"/>, so a restart sends conditional GETs and keeps each feed's backoff.
/// </summary>
public sealed partial class FeedIngestor(
    FeedFetcher fetcher,
    FetchSlots slots,
    IArticleStore store,
    IQuoteExtractor extractor,
    ArticleParser parser,
    ISourceStore sources,
    IOptions<SourcesOptions> options,
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

        var previous = await sources.GetStateAsync(url.AbsoluteUri, cancellationToken).ConfigureAwait(false)
            ?? FeedSourceState.Unpolled(url.AbsoluteUri);
        var validators = new FeedValidators(previous.ETag, previous.LastModified);
        var fetched = await slots.RunAsync(() => fetcher.FetchAsync(url, validators, cancellationToken), cancellationToken).ConfigureAwait(false);
        FeedReport report;
        if (fetched.Status == FeedFetchStatus.Failed)
        {
            report = FeedReport.Fail(name, source.Url, fetched.Reason ?? "fetch failed");
        }
        else if (fetched.Status == FeedFetchStatus.NotModified)
        {
            report = new FeedReport(name, source.Url, 0, 0, 0, true, null, previous.ItemsLastFetched);
        }
        else
        {
            var feed = FeedParser.Parse(fetched.Body.Span, fetched.Address);
            report = feed.Format == FeedFormat.Invalid
                ? FeedReport.Fail(name, source.Url, "not a feed: " + feed.Problem)
                : await StoreAsync(name, source.Url, url, feed, cancellationToken).ConfigureAwait(false);
        }

        var next = NextState(previous, report, fetched, source.Interval);
        await sources.SaveStateAsync(next, cancellationToken).ConfigureAwait(false);
        LogPolled(logger, name, report.New, report.Updated, report.Unchanged, report.Failure ?? "ok");
        return report;
    }

    /// <summary>
    /// Records a poll that failed outside the fetch (the store or the engine threw), so the feed backs off like any
    /// other failure instead of being retried at once.
    /// </summary>
    public async Task RecordFailureAsync(FeedSourceOptions source, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var key = SourceCatalog.KeyOf(source.Url);
        var previous = await sources.GetStateAsync(key, cancellationToken).ConfigureAwait(false) ?? FeedSourceState.Unpolled(key);
        var now = timeProvider.GetUtcNow();
        var failures = previous.ConsecutiveFailures + 1;
        var delay = FeedSchedule.NextDelay(IntervalOf(source.Interval), failures, null, options.Value.MaxBackoff, Random.Shared.NextDouble());
        await sources.SaveStateAsync(
            previous with { LastFetchAt = now, LastError = reason, ConsecutiveFailures = failures, NewItems = 0, UpdatedItems = 0, NextPollAt = now + delay },
            cancellationToken).ConfigureAwait(false);
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

        return new FeedReport(name, configuredUrl, added, updated, unchanged, false, null, feed.Items.Count);
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

    // Success clears the streak and keeps the new validators; failure keeps the old validators (the next success
    // still answers 304 when nothing changed) and pushes the due time out by the backoff or the server's Retry-After.
    private FeedSourceState NextState(FeedSourceState previous, FeedReport report, FeedFetchResult fetched, TimeSpan? interval)
    {
        var now = timeProvider.GetUtcNow();
        var failures = report.Failed ? previous.ConsecutiveFailures + 1 : 0;
        var delay = FeedSchedule.NextDelay(
            IntervalOf(interval), failures, report.Failed ? fetched.RetryAfter : null, options.Value.MaxBackoff, Random.Shared.NextDouble());
        var validators = report.Failed ? new FeedValidators(previous.ETag, previous.LastModified) : fetched.Validators;
        return new FeedSourceState(
            previous.Url,
            validators.ETag,
            validators.LastModified,
            now,
            report.Failed ? previous.ItemsLastFetched : report.Items,
            report.New,
            report.Updated,
            report.Failure,
            failures,
            now + delay);
    }

    private TimeSpan IntervalOf(TimeSpan? interval) => interval ?? options.Value.DefaultInterval;

    [LoggerMessage(EventId = 310, Level = LogLevel.Information, Message = "Feed {Name}: {New} new, {Updated} updated, {Unchanged} unchanged ({Result})")]
    private static partial void LogPolled(ILogger logger, string name, int @new, int updated, int unchanged, string result);

    [LoggerMessage(EventId = 311, Level = LogLevel.Warning, Message = "Quote engine failed on feed item {Source}: {Reason}; stored without quotes")]
    private static partial void LogAnalysisFailed(ILogger logger, string source, string reason);
}
