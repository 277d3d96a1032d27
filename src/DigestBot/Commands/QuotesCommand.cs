using System.Globalization;
using System.Text;
using DigestBot.Core.Quotes;

namespace DigestBot.Host.Commands;

/// <summary>"quotes": runs the quote engine over a JSONL batch without touching the database.</summary>
internal static class QuotesCommand
{
    public const string Usage =
        """
        Usage: quotes --input FILE.jsonl [--output FILE.jsonl]

        Reads one {"id", "text"} JSON object per line and writes one
        {"id", "quotes": [{"quote", "speaker", "kind", "start", "end"}]} line per document, in input order,
        to --output (replaced only when the whole batch succeeded) or to stdout. The database is not used.
        """;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse("quotes", args, [], ["--input", "--output"]);
        if (parsed.Help)
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"quotes: unexpected argument {parsed.Positionals[0]}; use --input FILE.jsonl.");
        }

        var input = parsed.Get("--input") ?? throw new UsageException("quotes needs --input FILE.jsonl.");
        var inputPath = Path.GetFullPath(input, context.ContentRoot);
        if (!File.Exists(inputPath))
        {
            throw new UsageException($"quotes: no such input file: {input}");
        }

        var runner = new QuoteBatchRunner(new QuoteExtractor());
        using var reader = new StreamReader(inputPath, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var output = parsed.Get("--output");
        int written;
        try
        {
            written = output is null
                ? await runner.RunAsync(reader, context.Out, cancellationToken).ConfigureAwait(false)
                : await WriteFileAsync(runner, reader, Path.GetFullPath(output, context.ContentRoot), cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException($"{input} is not valid UTF-8 (byte {ex.Index}).", ex);
        }

        if (output is not null)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {written} documents to {output}.")).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> WriteFileAsync(QuoteBatchRunner runner, TextReader reader, string outputPath, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(outputPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = outputPath + ".tmp";
        try
        {
            int written;
            var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false));
            await using (writer.ConfigureAwait(false))
            {
                written = await runner.RunAsync(reader, writer, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, outputPath, overwrite: true);
            return written;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
