using System.Collections.Concurrent;
using DigestBot.Core.Articles;
using DigestBot.Core.Ingestion;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace DigestBot.Core.Corpus;

/// <summary>
/// Imports a JSONL news corpus (plain or gzip) into the store in batches: each article parsed, analysed and upserted by
/// content hash, one transaction per batch where the store supports it. Re-running resumes: stored articles with the
/// same text are skipped before analysis, so an interrupted import neither duplicates nor redoes work.
/// </summary>
public sealed partial class CorpusImporter(
    IArticleStore store,
    IQuoteExtractor extractor,
    ArticleParser parser,
    TimeProvider timeProvider,
    ILogger<CorpusImporter> logger)
{
    /// <summary>How many refused lines a report lists; the count covers all of them.</summary>
    public const int MaxSkippedListed = 100;

    // A resumed import skips stored articles fast; report now and then so a progress bar keeps moving.
    private const int UnchangedReportInterval = 1000;

    /// <summary>Imports <paramref name="path"/>; articles get the source "file name#record id".</summary>
    /// <param name="path">The .jsonl or .jsonl.gz file.</param>
    /// <param name="batchSize">Articles per transaction (1 to 10,000).</param>
    /// <param name="progress">Told the counts, rate and time left after every batch.</param>
    /// <param name="cancellationToken">
    /// Stops reading at the next record; the batch in flight is still analysed and committed, and the report says
    /// <see cref="CorpusImportReport.Stopped"/>. Running the import again resumes where it stopped.
    /// </param>
    public async Task<CorpusImportReport> ImportAsync(string path, int batchSize, IProgress<CorpusProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (batchSize is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "The batch size must be between 1 and 10000.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Corpus file not found: {path}", path);
        }

        var prefix = Path.GetFileName(path);
        // Corpus records are keyed by their source; feed items may share one (two items with the same link).
        var known = (await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.ArticleId == ArticleParser.IdFor(s.Source))
            .ToDictionary(s => s.Source, s => s.ContentHash, StringComparer.Ordinal);
        var run = new ImportRun(timeProvider);
        LogStarted(logger, path, known.Count, batchSize);

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            var length = file.Length;
            var pending = new List<ParsedArticle>(batchSize);

            // One batch is stored while the next is read and analysed: the store writes on one thread, the engine
            // uses the other cores, so an import takes about the longer of the two instead of their sum.
            Task<IReadOnlyList<UpsertOutcome>>? storing = null;
            var stopped = false;
            long stoppedAt = 0;

            // The read itself is not cancelled: a stop request ends the loop at a record boundary, and the batch in
            // flight is still analysed and committed, so Ctrl+C never throws away finished work.
            await foreach (var line in CorpusReader.ReadAsync(file, CancellationToken.None).ConfigureAwait(false))
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    // Leaving the loop disposes the reader, which closes the file: note how far it got first.
                    (stopped, stoppedAt) = (true, file.Position);
                    break;
                }

                run.Records++;
                if (line.Record is not { } record)
                {
                    run.Skip($"{prefix}:{line.Number}", line.Error!);
                    continue;
                }

                var parsed = parser.Parse(CorpusSource.For(prefix, record.Id), Compose(record), timeProvider.GetUtcNow(), record.Date);
                if (known.TryGetValue(parsed.Article.Source, out var hash) && hash == parsed.Article.ContentHash)
                {
                    run.Unchanged++;
                    if (run.Unchanged % UnchangedReportInterval == 0)
                    {
                        progress?.Report(run.Progress(file.Position, length));
                    }

                    continue;
                }

                known[parsed.Article.Source] = parsed.Article.ContentHash;
                pending.Add(parsed);
                if (pending.Count == batchSize)
                {
                    var ready = Analyse(pending, run);
                    pending = new List<ParsedArticle>(batchSize);
                    if (storing is not null)
                    {
                        run.Count(await storing.ConfigureAwait(false));
                        progress?.Report(run.Progress(file.Position, length));
                    }

                    storing = Task.Run(() => StoreAsync(ready));
                }
            }

            var last = Analyse(pending, run);
            if (storing is not null)
            {
                run.Count(await storing.ConfigureAwait(false));
            }

            run.Count(await StoreAsync(last).ConfigureAwait(false));
            var final = run.Progress(stopped ? stoppedAt : length, length);
            progress?.Report(final);
            if (stopped)
            {
                LogStopped(logger, path, final.Records, final.Added, final.Updated);
            }
            else
            {
                LogFinished(logger, path, final.Added, final.Updated, final.Unchanged, final.Skipped, final.ArticlesPerSecond);
            }

            return new CorpusImportReport(final, run.Skipped, run.Elapsed) { Stopped = stopped };
        }
    }

    /// <summary>The article as a seed file would hold it: dateline line, headline line, then the body.</summary>
    public static string Compose(CorpusRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var lines = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(record.Dateline))
        {
            lines.Add(record.Dateline.Trim());
        }

        if (!string.IsNullOrWhiteSpace(record.Title))
        {
            lines.Add(record.Title.Trim());
        }

        lines.Add(record.Text.Trim());
        return string.Join("\n\n", lines);
    }

    /// <summary>Analyses a batch on every core, in the file's order; articles the engine fails on are skipped and named.</summary>
    private List<AnalysedArticle> Analyse(List<ParsedArticle> pending, ImportRun run)
    {
        var analysed = new AnalysedArticle?[pending.Count];
        var failures = new ConcurrentBag<(string Source, string Reason)>();
        Parallel.For(0, pending.Count, i =>
        {
            try
            {
                analysed[i] = new AnalysedArticle(pending[i].Article, pending[i].Paragraphs, extractor.Analyze(pending[i].Article.Text));
            }
#pragma warning disable CA1031 // One article the engine cannot handle must not stop the import.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add((pending[i].Article.Source, "quote engine failed: " + ex.Message));
            }
        });

        foreach (var (source, reason) in failures)
        {
            run.Skip(source, reason);
        }

        return analysed.OfType<AnalysedArticle>().ToList();
    }

    /// <summary>Stores a batch in one transaction where the store can; never cancelled, so a started batch commits.</summary>
    private async Task<IReadOnlyList<UpsertOutcome>> StoreAsync(List<AnalysedArticle> ready)
    {
        if (ready.Count == 0)
        {
            return [];
        }

        if (store is IBatchArticleStore batch)
        {
            return await batch.UpsertBatchAsync(ready, CancellationToken.None).ConfigureAwait(false);
        }

        var outcomes = new List<UpsertOutcome>(ready.Count);
        foreach (var article in ready)
        {
            outcomes.Add(await store.UpsertAsync(article, CancellationToken.None).ConfigureAwait(false));
        }

        return outcomes;
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Importing corpus {Path}: {Known} articles already stored, batches of {BatchSize}")]
    private static partial void LogStarted(ILogger logger, string path, int known, int batchSize);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information,
        Message = "Imported corpus {Path}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped, {Rate:F0} articles/s")]
    private static partial void LogFinished(ILogger logger, string path, int added, int updated, int unchanged, int skipped, double rate);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information,
        Message = "Stopped importing corpus {Path} after {Records} records ({Added} added, {Updated} updated); run it again to resume")]
    private static partial void LogStopped(ILogger logger, string path, long records, int added, int updated);
}
