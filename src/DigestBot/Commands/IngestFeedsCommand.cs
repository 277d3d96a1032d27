using System.Globalization;
using DigestBot.Feeds.Ingestion;
using DigestBot.Feeds.Sources;

namespace DigestBot.Host.Commands;

/// <summary>"ingest --feeds": polls every feed (configured or added from chat) once and reports per feed what was new, updated, unchanged or failed.</summary>
internal static class IngestFeedsCommand
{
    public const string Usage =
        """
        Usage: ingest --feeds

        Polls every feed (under Sources, and those added with /sources add) once (conditional GET, so an unchanged feed costs one 304) and stores new
        and edited items. Prints one line per feed: new, updated, unchanged, or failed and why. Exit code 1
        when any feed failed.
        """;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse("ingest --feeds", args, ["--feeds"], []);
        if (parsed.Help)
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException("ingest --feeds takes no PATH; it polls the feeds configured under Sources.");
        }

        using var host = CliHost.Build(context, parsed.Settings);
        var feeds = (await host.Services.GetRequiredService<SourceCatalog>().ListAsync(cancellationToken).ConfigureAwait(false))
            .Select(s => s.Feed).ToList();
        if (feeds.Count == 0)
        {
            await context.Error.WriteLineAsync("error: no feeds: add \"Sources\": [{ \"Url\": \"https://...\" }] to appsettings.json or /sources add <url> in chat").ConfigureAwait(false);
            return 1;
        }

        var ingestor = host.Services.GetRequiredService<FeedIngestor>();
        var c = CultureInfo.InvariantCulture;
        int failed = 0, added = 0, updated = 0;
        foreach (var feed in feeds)
        {
            var report = await ingestor.IngestAsync(feed, cancellationToken).ConfigureAwait(false);
            added += report.New;
            updated += report.Updated;
            var line = report.Failed
                ? $"{report.Name}: failed: {report.Failure}"
                : report.NotModified
                    ? $"{report.Name}: not modified (304)"
                    : string.Create(c, $"{report.Name}: {report.New} new, {report.Updated} updated, {report.Unchanged} unchanged");
            failed += report.Failed ? 1 : 0;
            await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync(string.Create(c, $"Feeds: {feeds.Count - failed} ok, {failed} failed; {added} new, {updated} updated.")).ConfigureAwait(false);
        await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return failed == 0 ? 0 : 1;
    }
}
