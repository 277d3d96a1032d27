using DigestBot.Core.Answers;
using DigestBot.Core.Ingestion;

namespace DigestBot.Host.Commands;

/// <summary>"ask": answers one question from the indexed articles, indexing the configured folders first if needed.</summary>
internal static class AskCommand
{
    public const string Usage =
        """
        Usage: ask "<question>" [--json]

        Answers a question about the indexed articles. The configured folders (Ingestion:Folders, default seeds)
        are brought up to date first, so this works on a fresh clone.
          what did Kallas say?            what did Trump say about Ukraine?      quotes from Putin
          who said "no intention"?        who is Kallas?                         sanctions package (search)
        --json   print {question, speaker, statements: [{quote, kind, speaker, source, start, end}], ...}
        """;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse("ask", args, ["--json"], []);
        if (parsed.Help)
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        var question = string.Join(' ', parsed.Positionals).Trim();
        if (question.Length == 0)
        {
            throw new UsageException("ask needs a question, e.g. ask \"what did Kallas say?\"");
        }

        using var host = CliHost.Build(context, parsed.Settings);
        await host.Services.GetRequiredService<ArticleIndexer>().IndexConfiguredAsync(context.ContentRoot, cancellationToken).ConfigureAwait(false);
        var answer = await host.Services.GetRequiredService<IQuestionAnswerer>().AskAsync(question, cancellationToken).ConfigureAwait(false);
        await WriteAsync(context.Out, answer, parsed.Has("--json")).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Writes an answer as text or JSON.</summary>
    public static async Task WriteAsync(TextWriter output, Answer answer, bool json)
    {
        await output.WriteAsync(json ? AnswerJson.Serialize(answer) + Environment.NewLine : AnswerText.Format(answer)).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
