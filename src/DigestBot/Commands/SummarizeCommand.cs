using System.Globalization;
using System.Text;
using DigestBot.Core.Summaries;

namespace DigestBot.Host.Commands;

/// <summary>"summarize": the digest's own extractive summariser over a JSONL batch, for measuring it.</summary>
internal static class SummarizeCommand
{
    public const string Usage =
        """
        Usage: summarize --input FILE.jsonl [--output FILE.jsonl] [--sentences 3]

        Reads {"id","text"} lines and writes {"id","summary"} lines (to stdout without --output), using the
        summariser the digests use. No database is touched. Score with
          python3 ../shared/eval/score_summaries.py ../shared/corpus/summaries.jsonl FILE.jsonl
        """;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse("summarize", args, [], ["--input", "--output", "--sentences"]);
        if (parsed.Help)
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        var input = parsed.Get("--input") ?? throw new UsageException("summarize needs --input FILE.jsonl.");
        var inputPath = Path.GetFullPath(input, context.ContentRoot);
        if (!File.Exists(inputPath))
        {
            throw new UsageException($"summarize: --input file '{input}' does not exist.");
        }

        var sentencesText = parsed.Get("--sentences") ?? "3";
        if (!int.TryParse(sentencesText, NumberStyles.None, CultureInfo.InvariantCulture, out var sentences) || sentences is < 1 or > 20)
        {
            throw new UsageException($"summarize: --sentences '{sentencesText}' must be a whole number from 1 to 20.");
        }

        var runner = new SummaryBatchRunner(new ExtractiveSummarizer());
        using var reader = new StreamReader(inputPath, Encoding.UTF8);
        int written;
        try
        {
            if (parsed.Get("--output") is { } output)
            {
                var outputPath = Path.GetFullPath(output, context.ContentRoot);
                var writer = new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
                await using (writer.ConfigureAwait(false))
                {
                    written = await runner.RunAsync(reader, writer, sentences, cancellationToken).ConfigureAwait(false);
                }

                await context.Error.WriteLineAsync($"summarize: wrote {written} summaries to {output}").ConfigureAwait(false);
            }
            else
            {
                written = await runner.RunAsync(reader, context.Out, sentences, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (FormatException ex)
        {
            throw new UsageException($"summarize: {input}: {ex.Message}", ex);
        }

        return 0;
    }
}
