using System.Text.Json;

namespace DigestBot.Core.Tests.Quotes;

/// <summary>One article of an eval JSONL file with its labelled quotes.</summary>
internal sealed record GoldDocument(string Id, string Text, IReadOnlyList<GoldQuote> Quotes)
{
    /// <summary>Reads every line of a gold JSONL file.</summary>
    public static List<GoldDocument> Load(string path)
    {
        var documents = new List<GoldDocument>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var quotes = root.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
                q.GetProperty("quote").GetString()!,
                q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
                q.GetProperty("kind").GetString()!,
                q.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True)).ToList();
            documents.Add(new GoldDocument(root.GetProperty("id").ToString(), root.GetProperty("text").GetString()!, quotes));
        }

        return documents;
    }
}
