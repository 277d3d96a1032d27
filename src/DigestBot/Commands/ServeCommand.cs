using DigestBot.Host.Hosting;

namespace DigestBot.Host.Commands;

/// <summary>"serve": runs the web host until stopped.</summary>
internal static class ServeCommand
{
    public const string Usage =
        """
        Usage: serve [--urls=http://127.0.0.1:5080] [--Section:Key=value ...]

        Runs the web host: Kestrel on Urls, GET /healthz, and background ingestion of Ingestion:Folders
        (at start, on file changes and every Ingestion:RescanInterval). Stop with Ctrl+C.
        """;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        var bad = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) || !a.Contains('=', StringComparison.Ordinal));
        if (bad is not null)
        {
            await context.Error.WriteLineAsync($"error: serve: unexpected argument {bad}; use --key=value settings.").ConfigureAwait(false);
            return 2;
        }

        var app = BotWebApplication.Create(args, context.Settings);
        await using (app.ConfigureAwait(false))
        {
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }
}
