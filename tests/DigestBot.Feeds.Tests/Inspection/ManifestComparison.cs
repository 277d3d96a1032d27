using System.Text.Json;
using DigestBot.Feeds.Inspection;

namespace DigestBot.Feeds.Tests.Inspection;

/// <summary>Compares one inspection with a manifest line: format, item count, first title and first link (null = unchecked).</summary>
internal static class ManifestComparison
{
    /// <summary>A description of the first difference, or null when the inspection matches.</summary>
    public static string? Compare(JsonElement expected, FeedInspection actual)
    {
        var format = expected.GetProperty("format").GetString();
        if (format != actual.FormatName)
        {
            return $"format {actual.FormatName}, expected {format}";
        }

        var items = actual.Feed.Items;
        if (expected.GetProperty("items") is { ValueKind: JsonValueKind.Number } count && count.GetInt32() != items.Count)
        {
            return $"{items.Count} items, expected {count.GetInt32()}";
        }

        if (expected.GetProperty("first_title") is { ValueKind: JsonValueKind.String } title
            && Collapse(title.GetString()) != Collapse(items.FirstOrDefault()?.Title))
        {
            return $"first title \"{items.FirstOrDefault()?.Title}\", expected \"{title.GetString()}\"";
        }

        if (expected.GetProperty("first_link") is { ValueKind: JsonValueKind.String } link
            && !SameLink(link.GetString()!, items.FirstOrDefault()?.Link))
        {
            return $"first link {items.FirstOrDefault()?.Link?.OriginalString ?? "null"}, expected {link.GetString()}";
        }

        return null;
    }

    private static string Collapse(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Uri normalises escaping and case of the host, so compare parsed forms.
    private static bool SameLink(string expected, Uri? actual) =>
        actual is not null && Uri.TryCreate(expected, UriKind.Absolute, out var wanted) && wanted == actual;
}
