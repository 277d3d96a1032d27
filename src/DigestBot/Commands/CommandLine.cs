using System.Globalization;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Commands;

/// <summary>Dispatches the command line: ask, quotes, ingest, search, serve. Exit codes: 0 ok, 1 failure, 2 bad usage.</summary>
internal static class CommandLine
{
    /// <summary>Top-level usage.</summary>
    public const string Usage =
        """
        DigestBot: answers who-said-what questions about news articles, quoting exactly, with sources.

        Usage: DigestBot <command> [options]          (dotnet run --project src/DigestBot -- <command> ...)

        Commands:
          ask "<question>" [--json]         what did Kallas say? · who said "vital"? · who is Kallas?
          search "<terms>" [--json]         full-text search with cited snippets
          ingest [PATH]                     index the configured folders (or PATH) and report counts
          ingest FILE.jsonl[.gz] [--batch N]  import a JSONL news corpus with progress; resumable
          ingest --feeds                    poll the configured feeds (Sources) once and report per feed
          sources test <url-or-file> [--json]   show what the bot would ingest from one feed (stores nothing)
          quotes --input FILE.jsonl [--output FILE.jsonl]
                                            run the quote engine over a JSONL batch (no database)
          digest [--since 2026-11-01T00:00Z] print the digest of the indexed articles (default: the last Digest:FirstWindow)
          summarize --input FILE.jsonl [--output FILE.jsonl] [--sentences 3]
                                            extractive summaries of {"id","text"} lines (no database)
          serve                             run the web host (/healthz, /readyz, /metrics, background ingestion, scheduled digests)
          health [--url URL]                exit 0 when the local serve answers GET /healthz (container HEALTHCHECK)

        Any command accepts --Section:Key=value to override configuration, e.g. --Storage:Sqlite:Path=/tmp/bot.db.
        '<command> --help' shows a command's options.
        """;

    /// <summary>Runs the command line; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var serve = IsServe(args);
        var name = serve ? "serve" : args[0];
        var rest = serve ? args.SkipWhile(a => a == "serve").ToArray() : args[1..];
        try
        {
            return name switch
            {
                "ask" => await AskCommand.RunAsync(rest, context, cancellationToken).ConfigureAwait(false),
                "search" => await SearchCommand.RunAsync(rest, context, cancellationToken).ConfigureAwait(false),
                "ingest" when rest.Contains("--feeds") => await IngestFeedsCommand.RunAsync(rest, context, cancellationToken).ConfigureAwait(false),
                "sources" => await SourcesCommand.RunAsync(rest, context, cancellationToken).ConfigureAwait(false),
                "ingest" => await IngestCommand.RunAsync(rest, context, cancellationToken).ConfigureAwait(false),
                "serve" => await ServeCommand.RunAsync(rest, context, cancellationToken).ConfigureAwait(false),
                "quotes" => await QuotesCommand.RunAsync(rest, context, cancellationToken).ConfigureAwait(false),
                "digest" => await DigestCommand.RunAsync(rest, context, cancellationToken).ConfigureAwait(false),
                "summarize" => await SummarizeCommand.RunAsync(rest, context, cancellationToken).ConfigureAwait(false),
                "health" => await HealthCommand.RunAsync(rest, context, cancellationToken).ConfigureAwait(false),
                "help" or "--help" or "-h" or "-?" => await WriteUsageAsync(context.Out).ConfigureAwait(false),
                _ => throw new UsageException($"unknown command '{name}'. Commands: ask, search, ingest, sources, quotes, digest, summarize, serve, health. See --help."),
            };
        }
        catch (UsageException ex)
        {
            await context.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return 2;
        }
        catch (OptionsValidationException ex)
        {
            await context.Error.WriteLineAsync("error: invalid configuration: " + string.Join(" ", ex.Failures)).ConfigureAwait(false);
            return 1;
        }
        catch (HostAbortedException)
        {
            // Tools such as WebApplicationFactory and dotnet-ef stop the entry point this way once they have the host.
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("error: cancelled").ConfigureAwait(false);
            return 1;
        }
#pragma warning disable CA1031 // The command line reports any failure as one line and exit code 1, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"error: {FirstLine(ex)}")).ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>No arguments, "serve", or only "--key=value" arguments (how WebApplicationFactory and hosts start an app) mean serve.</summary>
    public static bool IsServe(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
        return (args.Length == 0 || args[0] == "serve" || args.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)))
            && !rest.Any(a => a is "--help" or "-h");
    }

    private static async Task<int> WriteUsageAsync(TextWriter output)
    {
        await output.WriteLineAsync(Usage).ConfigureAwait(false);
        return 0;
    }

    private static string FirstLine(Exception ex)
    {
        var inner = ex is AggregateException { InnerExceptions.Count: 1 } agg ? agg.InnerExceptions[0] : ex;
        return inner.Message.Split('\n')[0].Trim();
    }
}
