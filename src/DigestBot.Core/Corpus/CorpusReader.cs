using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace DigestBot.Core.Corpus;

/// <summary>Reads a JSONL news corpus, plain or gzip (told by its first bytes), line by line, without loading it whole.</summary>
public static class CorpusReader
{
    /// <summary>Yields every non-empty line as a record or an error naming the line and the problem.</summary>
    /// <param name="stream">The file; gzip is detected from its magic bytes. Its position is how far the read got.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async IAsyncEnumerable<CorpusLine> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var content = await OpenContentAsync(stream, cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true));
        long number = 0;
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DecoderFallbackException)
            {
                throw new InvalidDataException($"Corpus line {number + 1} is not valid UTF-8.");
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(number, line);
            }
        }
    }

    /// <summary>Counts the non-empty lines of a corpus file (plain or gzip) without parsing them: the total for a progress bar.</summary>
    public static async Task<long> CountRecordsAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            var content = await OpenContentAsync(file, cancellationToken).ConfigureAwait(false);
            await using (content.ConfigureAwait(false))
            {
                var buffer = new byte[1 << 16];
                long count = 0;
                var lineHasText = false;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    foreach (var b in buffer.AsSpan(0, read))
                    {
                        if (b == (byte)'\n')
                        {
                            count += lineHasText ? 1 : 0;
                            lineHasText = false;
                        }
                        else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                        {
                            lineHasText = true;
                        }
                    }
                }

                return count + (lineHasText ? 1 : 0);
            }
        }
    }

    /// <summary>Parses one line; a bad line gives an error naming the line and what is wrong, never an exception.</summary>
    public static CorpusLine Parse(long number, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new CorpusLine(number, null, $"line {number}: not a JSON object");
            }

            var id = Text(root, "id");
            var text = Text(root, "text");
            if (string.IsNullOrWhiteSpace(id))
            {
                return new CorpusLine(number, null, $"line {number}: \"id\" is missing or empty");
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return new CorpusLine(number, null, $"line {number} ({id}): \"text\" is missing or empty");
            }

            DateTimeOffset? date = null;
            if (Text(root, "date") is { Length: > 0 } rawDate)
            {
                if (!DateTimeOffset.TryParse(rawDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return new CorpusLine(number, null, $"line {number} ({id}): \"date\" is not an ISO 8601 date: {rawDate}");
                }

                date = parsed.ToUniversalTime();
            }

            return new CorpusLine(number, new CorpusRecord(id, Text(root, "title"), date, Text(root, "source"), Text(root, "dateline"), text), null);
        }
        catch (JsonException ex)
        {
            return new CorpusLine(number, null, $"line {number}: not valid JSON ({ex.Message})");
        }
    }

    private static async Task<Stream> OpenContentAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffered = new BufferedStream(stream, 1 << 16);
        var magic = new byte[2];
        var got = await buffered.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        buffered.Seek(-got, SeekOrigin.Current);
        return got == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(buffered, CompressionMode.Decompress) : buffered;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
