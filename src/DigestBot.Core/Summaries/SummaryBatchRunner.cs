using System.Text.Json;

namespace DigestBot.Core.Summaries;

/// <summary>Streams {"id","text"} JSON lines through the summariser and writes {"id","summary"} lines.</summary>
public sealed class SummaryBatchRunner(ExtractiveSummarizer summarizer)
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>
    /// Summarises every line of <paramref name="input"/> to <paramref name="sentences"/> sentences and writes one
    /// output line each; blank lines are skipped. Returns how many lines were written.
    /// </summary>
    /// <exception cref="FormatException">A line is not a JSON object with an "id" and a string "text"; names the line.</exception>
    public async Task<int> RunAsync(TextReader input, TextWriter output, int sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        if (sentences is < 1 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(sentences), sentences, "sentences must be between 1 and 20.");
        }

        var lineNumber = 0;
        var written = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (id, text) = Parse(line, lineNumber);
            var summary = string.Join(' ', summarizer.Summarize(text, sentences));
            var json = JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = id, ["summary"] = summary }, Compact);
            await output.WriteLineAsync(json.AsMemory(), cancellationToken).ConfigureAwait(false);
            written++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    private static (object Id, string Text) Parse(string line, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Line {lineNumber}: not valid JSON ({ex.Message}).", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"Line {lineNumber}: expected a JSON object with \"id\" and \"text\".");
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                throw new FormatException($"Line {lineNumber}: missing \"id\" (a string or a number).");
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"Line {lineNumber}: missing \"text\" (a string).");
            }

            // Cloned so the id outlives the document and is written back as it came (string or number).
            return (id.Clone(), text.GetString()!);
        }
    }
}
