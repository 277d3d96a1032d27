using System.Globalization;
using DigestBot.Core.Digests;
using DigestBot.Core.Ingestion;
using DigestBot.Host.Digests;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Commands;

/// <summary>"digest": prints the digest of the indexed articles of a window, as the console platform renders it.</summary>
internal static class DigestCommand
{
    public const string Usage =
        """
        Usage: digest [--since 2026-11-01T00:00Z] [--until 2026-11-02T00:00Z]

        Indexes the configured folders (Ingestion:Folders, default seeds) if needed, then prints the digest of the
        articles published (or, without a date, indexed) in the window: stories with a headline, a 1-3 sentence
        extractive summary, the most telling quotes with their speakers, and the sources.
        --since   window start, ISO 8601 (default: now minus Digest:FirstWindow, 24 h)
        --until   window end, ISO 8601 (default: now)
        """;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse("digest", args, [], ["--since", "--until"]);
        if (parsed.Help)
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"digest: unexpected argument '{parsed.Positionals[0]}'. See 'digest --help'.");
        }

        var since = ParseTime(parsed.Get("--since"), "--since");
        var until = ParseTime(parsed.Get("--until"), "--until");
        using var host = CliHost.Build(context, parsed.Settings);

        // Index first, then read the clock, so what was just indexed falls inside the default window.
        await host.Services.GetRequiredService<ArticleIndexer>().IndexConfiguredAsync(context.ContentRoot, cancellationToken).ConfigureAwait(false);
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var to = until ?? now;
        var from = since ?? to - host.Services.GetRequiredService<IOptions<DigestOptions>>().Value.FirstWindow;
        if (from >= to)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"digest: --since {from:u} is not before the window end {to:u}."));
        }

        var digest = await host.Services.GetRequiredService<DigestComposer>().ComposeAsync(from, to, cancellationToken).ConfigureAwait(false);
        await context.Out.WriteAsync(DigestText.Format(digest)).ConfigureAwait(false);
        await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static DateTimeOffset? ParseTime(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToUniversalTime()
            : throw new UsageException($"digest: {option} '{value}' is not an ISO 8601 time such as 2026-11-01T00:00Z.");
    }
}
