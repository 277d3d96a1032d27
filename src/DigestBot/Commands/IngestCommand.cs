using System.Globalization;
using DigestBot.Core.Corpus;
using DigestBot.Core.Ingestion;
using DigestBot.Core.Storage;

namespace DigestBot.Host.Commands;

/// <summary>"ingest": indexes the configured folders, one path, or JSONL news corpora, and reports what changed.</summary>
internal static class IngestCommand
{
    public const string Usage =
        """
        Usage: ingest [PATH] [--batch N]

        Indexes every .txt and .md file under PATH (a file or folder), or under the configured folders
        (Ingestion:Folders, default seeds). Unchanged files (same SHA-256) are skipped; stored articles whose
        file is gone from a scanned folder are removed; bad files (empty, binary, not UTF-8, over
        Ingestion:MaxFileBytes) are skipped and listed with the reason.

        A .jsonl or .jsonl.gz PATH (and every such file in a PATH folder) is a news corpus, one article a line:
        {"id","title","date","source","text"} (and "dateline"). It is imported in batches of N articles
        (default 500), one transaction each, with a progress bar on stderr (one line every 5 s when stderr is
        not a terminal). Bad lines are reported with their line number and skipped. Ctrl+C stops after the
        batch in flight; running the same command again resumes: articles already stored are skipped.
        """;

    private const int DefaultBatch = 500;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse("ingest", args, [], ["--batch"]);
        if (parsed.Help)
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (parsed.Positionals.Count > 1)
        {
            throw new UsageException("ingest takes at most one PATH.");
        }

        var batch = DefaultBatch;
        if (parsed.Get("--batch") is { } rawBatch
            && (!int.TryParse(rawBatch, NumberStyles.None, CultureInfo.InvariantCulture, out batch) || batch is < 1 or > 10_000))
        {
            throw new UsageException($"ingest: --batch must be a whole number from 1 to 10000, not '{rawBatch}'.");
        }

        var path = parsed.Positionals.Count == 1 ? parsed.Positionals[0] : null;
        var full = path is null ? null : Path.GetFullPath(path, context.ContentRoot);
        if (full is not null && !Path.Exists(full))
        {
            throw new UsageException($"ingest: no such file or folder: {path}");
        }

        using var host = CliHost.Build(context, parsed.Settings);
        var o = context.Out;
        var c = CultureInfo.InvariantCulture;
        var corpora = full is null ? [] : CorpusFiles(full);
        if (full is null || !IsCorpus(full))
        {
            var indexer = host.Services.GetRequiredService<ArticleIndexer>();
            var report = path is null
                ? await indexer.IndexConfiguredAsync(context.ContentRoot, cancellationToken).ConfigureAwait(false)
                : await indexer.IndexAsync(context.ContentRoot, [path], cancellationToken).ConfigureAwait(false);
            await o.WriteLineAsync(string.Create(c, $"Articles: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Removed} removed, {report.Skipped.Count} skipped.")).ConfigureAwait(false);
            if (corpora.Count == 0)
            {
                await o.WriteLineAsync(string.Create(c, $"Store: {report.TotalArticles} articles, {report.TotalQuotes} quotes, {report.TotalPeople} people.")).ConfigureAwait(false);
            }

            foreach (var skipped in report.Skipped)
            {
                await o.WriteLineAsync($"Skipped {skipped.Path}: {skipped.Reason}").ConfigureAwait(false);
            }
        }

        var stopped = false;
        foreach (var corpus in corpora)
        {
            if (stopped || cancellationToken.IsCancellationRequested)
            {
                stopped = true;
                break;
            }

            stopped = await ImportAsync(host.Services, context, corpus, batch, cancellationToken).ConfigureAwait(false);
        }

        if (corpora.Count > 0)
        {
            var counts = await host.Services.GetRequiredService<IArticleStore>().GetCountsAsync(CancellationToken.None).ConfigureAwait(false);
            await o.WriteLineAsync(string.Create(c, $"Store: {counts.Articles} articles, {counts.Quotes} quotes, {counts.People} people.")).ConfigureAwait(false);
        }

        await o.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        if (stopped)
        {
            await context.Error.WriteLineAsync("error: stopped by request after the batch in flight (committed articles stay); run the same command again to resume.").ConfigureAwait(false);
            return 1;
        }

        return 0;
    }

    /// <summary>Imports one corpus file with a progress display; returns whether it was stopped before the end.</summary>
    private static async Task<bool> ImportAsync(IServiceProvider services, CommandContext context, string file, int batch, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        var total = await CorpusReader.CountRecordsAsync(file, cancellationToken).ConfigureAwait(false);
        var importer = ActivatorUtilities.CreateInstance<CorpusImporter>(services);
        var progress = new IngestProgress(context.Error, IngestProgress.IsTerminal(context.Error), name, total, services.GetRequiredService<TimeProvider>());
        CorpusImportReport report;
        try
        {
            report = await importer.ImportAsync(file, batch, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            progress.Finish();
        }

        var p = report.Progress;
        var o = context.Out;
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Corpus {name}: {p.Added} added, {p.Updated} updated, {p.Unchanged} already stored, skipped; {p.Skipped} bad lines or articles skipped; {p.Records} of {total} records in {report.Elapsed.TotalSeconds:F1} s ({p.ArticlesPerSecond:F0} articles/s).")).ConfigureAwait(false);
        foreach (var skipped in report.Skipped)
        {
            await o.WriteLineAsync($"Skipped {skipped.Path}: {skipped.Reason}").ConfigureAwait(false);
        }

        if (p.Skipped > report.Skipped.Count)
        {
            await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"... and {p.Skipped - report.Skipped.Count} more skipped.")).ConfigureAwait(false);
        }

        return report.Stopped;
    }

    private static bool IsCorpus(string path) =>
        File.Exists(path) && (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase));

    private static List<string> CorpusFiles(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsCorpus).Order(StringComparer.Ordinal).ToList()
            : IsCorpus(path) ? [path] : [];
}
