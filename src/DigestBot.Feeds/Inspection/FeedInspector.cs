using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DigestBot.Feeds.Parsing;

namespace DigestBot.Feeds.Inspection;

/// <summary>
/// Backs <c>sources test</c>: parses one feed from a file or bytes and renders what would be ingested, as text or
/// as JSON (<c>{"file","format","items":[{"id","title","link","published"}]}</c>). Stores nothing.
/// </summary>
public sealed class FeedInspector
{
    // Titles are shown as written (no \u escapes for non-ASCII); the output is JSON text, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Parses a local file; relative links are resolved against <paramref name="address"/> when given.</summary>
    public async Task<FeedInspection> InspectFileAsync(string path, Uri? address, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Inspect(Path.GetFileName(path), bytes, address);
    }

    /// <summary>Parses bytes already in hand (fetched from <paramref name="address"/>, or read from a file).</summary>
    public FeedInspection Inspect(string file, ReadOnlySpan<byte> bytes, Uri? address) =>
        new(file, FeedParser.Parse(bytes, address));

    /// <summary>The JSON form: exactly file, format and items with id, title, link and published.</summary>
    public string ToJson(FeedInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("file", inspection.File);
            writer.WriteString("format", inspection.FormatName);
            writer.WriteStartArray("items");
            foreach (var item in inspection.Feed.Items)
            {
                writer.WriteStartObject();
                writer.WriteString("id", item.Id);
                writer.WriteString("title", item.Title);
                writer.WriteString("link", item.Link?.AbsoluteUri);
                writer.WriteString("published", item.Published?.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The human form: a header with format and encoding, then one block per item.</summary>
    public string ToText(FeedInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var feed = inspection.Feed;
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{inspection.File}: {inspection.FormatName}, {feed.Encoding}, {feed.Items.Count} item(s)");
        builder.Append(feed.WellFormed ? string.Empty : " (repaired)").Append('\n');
        if (feed.Title is not null)
        {
            builder.Append("feed: ").Append(feed.Title).Append('\n');
        }

        if (feed.Problem is not null)
        {
            builder.Append("note: ").Append(feed.Problem).Append('\n');
        }

        var number = 0;
        foreach (var item in feed.Items)
        {
            number++;
            builder.Append(CultureInfo.InvariantCulture, $"{number,3}. {item.Title ?? "(no title)"}\n");
            builder.Append("     link: ").Append(item.Link?.AbsoluteUri ?? "(none)").Append('\n');
            builder.Append("     date: ").Append(item.Published?.ToString("u", CultureInfo.InvariantCulture) ?? "(none: first-seen time is used)").Append('\n');
            builder.Append("     id:   ").Append(item.Id ?? "(none)").Append('\n');
        }

        return builder.ToString();
    }
}
