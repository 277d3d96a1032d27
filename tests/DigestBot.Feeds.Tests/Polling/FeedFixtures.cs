using System.Text.Json;
using DigestBot.Testing;

namespace DigestBot.Feeds.Tests.Polling;

/// <summary>Paths (on <see cref="Fetching.FeedTestServer"/>) of shared fixture feeds the poller tests use.</summary>
internal static class FeedFixtures
{
    /// <summary>The first <paramref name="count"/> valid fixtures with 3 to 35 items and a link, in name order.</summary>
    public static async Task<string[]> HealthyAsync(int count)
    {
        var lines = await File.ReadAllLinesAsync(RepoPaths.InShared("feeds", "manifest.jsonl"));
        return lines
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("format").GetString() != "invalid"
                && e.GetProperty("items").GetInt32() is >= 3 and <= 35
                && e.GetProperty("first_link").ValueKind == JsonValueKind.String)
            .Select(e => "feeds/" + e.GetProperty("file").GetString())
            .Order(StringComparer.Ordinal)
            .Take(count)
            .ToArray();
    }
}
