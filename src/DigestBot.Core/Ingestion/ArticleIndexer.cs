using System.Collections.Concurrent;
using DigestBot.Core.Articles;
using DigestBot.Core.Diagnostics;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Core.Ingestion;

/// <summary>Indexes the .txt and .md files of folders into the store: parse, analyse, upsert by content hash, remove what is gone.</summary>
/// <remarks>Called by the ingest command, by ask on a fresh clone and by the hosted ingestion service. Bad files are skipped, never fatal.</remarks>
public sealed partial class ArticleIndexer(
    IArticleStore store,
    IQuoteExtractor extractor,
    ArticleParser parser,
    IOptions<IngestionOptions> options,
    TimeProvider timeProvider,
    ILogger<ArticleIndexer> logger)
{
    // One warning per bad file version: a rescan of an unchanged bad file stays quiet.
    private readonly ConcurrentDictionary<string, string> _warned = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Indexes the configured folders (<see cref="IngestionOptions.Folders"/>) under <paramref name="contentRoot"/>.</summary>
    public Task<IndexReport> IndexConfiguredAsync(string contentRoot, CancellationToken cancellationToken) =>
        IndexAsync(contentRoot, options.Value.EffectiveFolders, cancellationToken);

    /// <summary>Indexes files and folders (relative to <paramref name="contentRoot"/> or absolute); removes stored articles indexed from files of those folders that are gone (never corpus or feed articles).</summary>
    public async Task<IndexReport> IndexAsync(string contentRoot, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        ArgumentNullException.ThrowIfNull(paths);

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await IndexCoreAsync(Path.GetFullPath(contentRoot), paths, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IndexReport> IndexCoreAsync(string root, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        // Only articles keyed by their source (files, corpus records): feed items are keyed by their feed identity,
        // and two of them may share a link, so a source alone is not unique in the store.
        var known = (await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.ArticleId == ArticleParser.IdFor(s.Source))
            .ToDictionary(s => s.Source, StringComparer.Ordinal);
        var skipped = new List<SkippedFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folders = new List<FolderScope>();
        int added = 0, updated = 0, unchanged = 0;

        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, root);
            IEnumerable<string> files;
            if (Directory.Exists(full))
            {
                folders.Add(new FolderScope(root, full));
                files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => ArticleFileReader.Extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal);
            }
            else if (File.Exists(full))
            {
                files = [full];
            }
            else
            {
                LogFolderMissing(logger, path, full);
                continue;
            }

            foreach (var file in files)
            {
                var source = Relative(root, file);
                seen.Add(source);
                var outcome = await IndexFileAsync(file, source, known, skipped, cancellationToken).ConfigureAwait(false);
                switch (outcome)
                {
                    case UpsertOutcome.Added: added++; break;
                    case UpsertOutcome.Updated: updated++; break;
                    case UpsertOutcome.Unchanged: unchanged++; break;
                }
            }
        }

        var gone = known.Values
            .Where(stored => !seen.Contains(stored.Source) && folders.Any(folder => folder.OwnsGoneFile(stored)))
            .Select(stored => stored.Source)
            .ToList();
        var removed = gone.Count == 0 ? 0 : await store.RemoveAsync(gone, cancellationToken).ConfigureAwait(false);
        foreach (var source in gone)
        {
            LogRemoved(logger, source);
        }

        var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
        var report = new IndexReport(added, updated, unchanged, removed, skipped, counts.Articles, counts.Quotes, counts.People);
        BotMetrics.ArticlesIndexed.Add(added);
        LogIndexed(logger, added, updated, unchanged, removed, skipped.Count);
        return report;
    }

    private async Task<UpsertOutcome?> IndexFileAsync(
        string file,
        string source,
        Dictionary<string, StoredSource> known,
        List<SkippedFile> skipped,
        CancellationToken cancellationToken)
    {
        string? text;
        string? reason;
        try
        {
            (text, reason) = await ArticleFileReader.ReadAsync(file, options.Value.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            (text, reason) = (null, "unreadable: " + ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            (text, reason) = (null, "unreadable: " + ex.Message);
        }

        if (text is null)
        {
            reason ??= "unreadable";
            skipped.Add(new SkippedFile(source, reason));
            if (!_warned.TryGetValue(source, out var previous) || previous != reason)
            {
                _warned[source] = reason;
                LogSkipped(logger, source, reason);
            }

            return null;
        }

        _warned.TryRemove(source, out _);
        var parsed = parser.Parse(source, text, timeProvider.GetUtcNow());
        if (known.TryGetValue(source, out var stored) && stored.ContentHash == parsed.Article.ContentHash)
        {
            return UpsertOutcome.Unchanged;
        }

        ArticleAnalysis analysis;
        try
        {
            analysis = extractor.Analyze(parsed.Article.Text);
        }
#pragma warning disable CA1031 // One article the engine cannot handle must not stop the others.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            reason = "quote engine failed: " + ex.Message;
            skipped.Add(new SkippedFile(source, reason));
            LogSkipped(logger, source, reason);
            return null;
        }

        return await store.UpsertAsync(new AnalysedArticle(parsed.Article, parsed.Paragraphs, analysis), cancellationToken)
            .ConfigureAwait(false);
    }

    private static string Relative(string root, string full) => Path.GetRelativePath(root, full).Replace('\\', '/');

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Skipped {File}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Ingestion path {Path} does not exist ({FullPath})")]
    private static partial void LogFolderMissing(ILogger logger, string path, string fullPath);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Removed {Source}: the file is gone")]
    private static partial void LogRemoved(ILogger logger, string source);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Indexed: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Skipped} skipped")]
    private static partial void LogIndexed(ILogger logger, int added, int updated, int unchanged, int removed, int skipped);
}
