using System.Text.Json;
using DigestBot.Testing;

namespace DigestBot.Core.Tests.Digests;

/// <summary>Reads the shared research corpus at run time (never copied into the repo).</summary>
internal static class CorpusFiles
{
    /// <summary>Rows of a corpus JSONL file as (id, title, text, label) where label is "cluster" or "reference_summary".</summary>
    public static IReadOnlyList<(string Id, string Title, string Text, string Label)> Read(string file, string labelField)
    {
        var path = RepoPaths.InShared("corpus", file);
        Assert.True(File.Exists(path), $"The shared corpus file {path} is missing.");
        return File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                return (root.GetProperty("id").GetString()!, root.GetProperty("title").GetString()!,
                    root.GetProperty("text").GetString()!, root.GetProperty(labelField).GetString()!);
            })
            .ToList();
    }

    /// <summary>The seed article's text.</summary>
    public static string Seed() => File.ReadAllText(RepoPaths.InShared("seeds", "000_f00861cc66674029.txt"));
}
