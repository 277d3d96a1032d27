using System.Globalization;
using DigestBot.Core.Ingestion;

namespace DigestBot.Host.Commands;

/// <summary>"ingest": indexes the configured folders (or one path) and reports what changed.</summary>
internal static class IngestCommand
{
    public const string Usage =
        """
        Usage: ingest [PATH]

        Indexes every .txt and .md file under PATH (a file or folder), or under the configured folders
        (Ingestion:Folders, default seeds). Unchanged files (same SHA-256) are skipped; stored articles whose
        file is gone from a scanned folder are removed; bad files (empty, binary, not UTF-8, over
        Ingestion:MaxFileBytes) are skipped and listed with the reason.
        """;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse("ingest", args, [], []);
        if (parsed.Help)
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (parsed.Positionals.Count > 1)
        {
            throw new UsageException("ingest takes at most one PATH.");
        }

        var path = parsed.Positionals.Count == 1 ? parsed.Positionals[0] : null;
        if (path is not null && !Path.Exists(Path.GetFullPath(path, context.ContentRoot)))
        {
            throw new UsageException($"ingest: no such file or folder: {path}");
        }

        using var host = CliHost.Build(context, parsed.Settings);
        var indexer = host.Services.GetRequiredService<ArticleIndexer>();
        var report = path is null
            ? await indexer.IndexConfiguredAsync(context.ContentRoot, cancellationToken).ConfigureAwait(false)
            : await indexer.IndexAsync(context.ContentRoot, [path], cancellationToken).ConfigureAwait(false);

        var o = context.Out;
        var c = CultureInfo.InvariantCulture;
        await o.WriteLineAsync(string.Create(c, $"Articles: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Removed} removed, {report.Skipped.Count} skipped.")).ConfigureAwait(false);
        await o.WriteLineAsync(string.Create(c, $"Store: {report.TotalArticles} articles, {report.TotalQuotes} quotes, {report.TotalPeople} people.")).ConfigureAwait(false);
        foreach (var skipped in report.Skipped)
        {
            await o.WriteLineAsync($"Skipped {skipped.Path}: {skipped.Reason}").ConfigureAwait(false);
        }

        await o.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
