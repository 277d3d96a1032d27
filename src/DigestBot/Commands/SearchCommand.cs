using DigestBot.Core.Answers;
using DigestBot.Core.Ingestion;

namespace DigestBot.Host.Commands;

/// <summary>"search": full-text search over the indexed articles, with cited snippets.</summary>
internal static class SearchCommand
{
    public const string Usage =
        """
        Usage: search "<terms>" [--json]

        Finds the articles containing all the terms (longer words also match as prefixes) and prints a snippet
        and the source of each. The configured folders are indexed first if needed.
        """;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse("search", args, ["--json"], []);
        if (parsed.Help)
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        var terms = string.Join(' ', parsed.Positionals).Trim();
        if (terms.Length == 0)
        {
            throw new UsageException("search needs terms, e.g. search \"sanctions package\"");
        }

        using var host = CliHost.Build(context, parsed.Settings);
        await host.Services.GetRequiredService<ArticleIndexer>().IndexConfiguredAsync(context.ContentRoot, cancellationToken).ConfigureAwait(false);
        var answer = await host.Services.GetRequiredService<IQuestionAnswerer>().SearchAsync(terms, cancellationToken).ConfigureAwait(false);
        await AskCommand.WriteAsync(context.Out, answer, parsed.Has("--json")).ConfigureAwait(false);
        return 0;
    }
}
