using DigestBot.Core.Sources;
using DigestBot.Feeds.Chat;
using DigestBot.Feeds.Fetching;
using DigestBot.Feeds.Inspection;
using DigestBot.Feeds.Sources;

namespace DigestBot.Host.Commands;

/// <summary>"sources": shows what the bot would ingest from a feed (test) or lists the feeds with their poll state (list). Stores nothing.</summary>
internal static class SourcesCommand
{
    public const string Usage =
        """
        Usage: sources test <url-or-file> [--json] [--base-url URL]
               sources list

        test   fetches the feed (or reads the file) and prints its format, encoding and the items the bot would
               ingest: title, absolute link, date and id. Nothing is stored; exit code 1 if it is not a feed. --json prints
               {"file","format","items":[{"id","title","link","published"}]}. For a file, --base-url resolves
               relative links. Feeds on private addresses need --Sources:AllowPrivateAddresses=true.
        list   prints every feed (configured under Sources or added with /sources add) with its interval, last
               fetch, items, new/updated counts, last error and next poll, read from the database.
        """;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse("sources", args, ["--json"], ["--base-url"]);
        if (parsed.Help || parsed.Positionals.Count == 0)
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return parsed.Help ? 0 : 2;
        }

        using var host = CliHost.Build(context, parsed.Settings);
        return parsed.Positionals[0] switch
        {
            "test" when parsed.Positionals.Count == 2 => await TestAsync(parsed, host, context, cancellationToken).ConfigureAwait(false),
            "test" => throw new UsageException("sources test takes one URL or file."),
            "list" => await ListAsync(host, context, cancellationToken).ConfigureAwait(false),
            var other => throw new UsageException($"sources: unknown subcommand '{other}'. Use test or list."),
        };
    }

    private static async Task<int> TestAsync(CommandArguments parsed, IHost host, CommandContext context, CancellationToken cancellationToken)
    {
        var target = parsed.Positionals[1];
        var inspector = host.Services.GetRequiredService<FeedInspector>();
        FeedInspection inspection;
        if (Uri.TryCreate(target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            var fetched = await host.Services.GetRequiredService<FeedFetcher>()
                .FetchAsync(url, FeedValidators.None, cancellationToken).ConfigureAwait(false);
            if (fetched.Status != FeedFetchStatus.Fetched)
            {
                await context.Error.WriteLineAsync($"error: fetching {target} failed: {fetched.Reason}").ConfigureAwait(false);
                return 1;
            }

            inspection = inspector.Inspect(target, fetched.Body.Span, fetched.Address);
        }
        else
        {
            var path = Path.GetFullPath(target, context.ContentRoot);
            if (!File.Exists(path))
            {
                throw new UsageException($"sources test: no such file: {target} (give a file or an http(s) URL)");
            }

            var baseUrl = parsed.Get("--base-url");
            Uri? address = null;
            if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out address))
            {
                throw new UsageException($"sources test: --base-url must be an absolute URL (was {baseUrl}).");
            }

            var fileInspection = await inspector.InspectFileAsync(path, address, cancellationToken).ConfigureAwait(false);
            inspection = fileInspection with { File = target };
        }

        var output = parsed.Has("--json") ? inspector.ToJson(inspection) : inspector.ToText(inspection).TrimEnd('\n');
        await context.Out.WriteLineAsync(output).ConfigureAwait(false);
        await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return inspection.Feed.Format == Feeds.Parsing.FeedFormat.Invalid ? 1 : 0;
    }

    private static async Task<int> ListAsync(IHost host, CommandContext context, CancellationToken cancellationToken)
    {
        var sources = await host.Services.GetRequiredService<SourceCatalog>().ListAsync(cancellationToken).ConfigureAwait(false);
        if (sources.Count == 0)
        {
            await context.Out.WriteLineAsync("No feeds. Add \"Sources\": [{ \"Url\": \"https://...\", \"Name\": \"...\", \"Interval\": \"00:15:00\" }] to appsettings.json, or /sources add <url> in chat.").ConfigureAwait(false);
            return 0;
        }

        var states = await host.Services.GetRequiredService<ISourceStore>().ListStatesAsync(cancellationToken).ConfigureAwait(false);
        var text = host.Services.GetRequiredService<SourceListFormatter>().Format(sources, states);
        await context.Out.WriteLineAsync(text).ConfigureAwait(false);
        return 0;
    }
}
