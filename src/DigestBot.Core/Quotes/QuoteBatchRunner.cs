using System.Text.Json;

namespace DigestBot.Core.Quotes;

/// <summary>
/// Runs the engine over JSONL documents (<c>{"id","text"}</c> per line) on all cores and writes one
/// <c>{"id","quotes":[{"quote","speaker","kind","start","end"}]}</c> line per document, in input order.
/// </summary>
public sealed class QuoteBatchRunner(IQuoteExtractor extractor)
{
    private const int BatchPerCore = 32;

    /// <summary>Creates a runner over the rule engine.</summary>
    public QuoteBatchRunner()
        : this(new QuoteExtractor())
    {
    }

    /// <summary>Processes every line of <paramref name="input"/>; returns the number of documents written.</summary>
    /// <exception cref="FormatException">A line is not a JSON object with a string "text" and an "id"; the message names the line.</exception>
    public async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var batchSize = BatchPerCore * Environment.ProcessorCount;
        var batch = new List<(int Line, string Id, string Text)>(batchSize);
        var lineNumber = 0;
        var written = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (id, text) = ParseLine(line, lineNumber);
            batch.Add((lineNumber, id, text));
            if (batch.Count == batchSize)
            {
                written += await FlushAsync(batch, output, cancellationToken).ConfigureAwait(false);
            }
        }

        written += await FlushAsync(batch, output, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    /// <summary>Reads one input line; throws a <see cref="FormatException"/> naming the line when it is malformed.</summary>
    internal static (string Id, string Text) ParseLine(string line, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"Line {lineNumber}: expected a JSON object with \"id\" and \"text\".");
            }

            if (!root.TryGetProperty("id", out var idElement)
                || idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                throw new FormatException($"Line {lineNumber}: missing \"id\" (a string or a number).");
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"Line {lineNumber}: missing \"text\" (a string).");
            }

            var id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText();
            return (id, textElement.GetString()!);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Line {lineNumber}: not valid JSON ({ex.Message}).", ex);
        }
    }

    private async Task<int> FlushAsync(List<(int Line, string Id, string Text)> batch, TextWriter output, CancellationToken cancellationToken)
    {
        var results = new string[batch.Count];
        await Parallel.ForAsync(
            0,
            batch.Count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            (i, _) =>
            {
                results[i] = Serialize(batch[i].Id, extractor.Analyze(batch[i].Text));
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);

        foreach (var result in results)
        {
            await output.WriteLineAsync(result.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static string Serialize(string id, ArticleAnalysis analysis)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteStartArray("quotes");
            foreach (var q in analysis.Quotes)
            {
                json.WriteStartObject();
                json.WriteString("quote", q.Text);
                json.WriteString("speaker", q.Speaker);
                json.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
                json.WriteNumber("start", q.Start);
                json.WriteNumber("end", q.End);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
