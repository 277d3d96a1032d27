using System.Text;
using System.Text.Json;

namespace DigestBot.Benchmarks;

/// <summary>The Wikinews dev-set file the benchmarks read: ../shared/eval/quotes-dev.jsonl beside the clone.</summary>
public static class DevTexts
{
    private static readonly Lazy<string> LazyPath = new(FindPath);

    /// <summary>Full path of quotes-dev.jsonl (override the shared folder with DIGESTBOT_SHARED).</summary>
    public static string Path => LazyPath.Value;

    /// <summary>UTF-8 size of all article texts, for MB/s.</summary>
    public static long TextBytes => ReadTexts(File.ReadLines(Path)).Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    /// <summary>Parses the "text" of every JSONL line.</summary>
    public static IEnumerable<string> ReadTexts(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            yield return doc.RootElement.GetProperty("text").GetString()!;
        }
    }

    private static string FindPath()
    {
        var shared = Environment.GetEnvironmentVariable("DIGESTBOT_SHARED");
        if (string.IsNullOrEmpty(shared))
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "DigestBot.sln")))
                {
                    shared = System.IO.Path.Combine(dir.FullName, "..", "shared");
                    break;
                }
            }
        }

        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(shared ?? ".", "eval", "quotes-dev.jsonl"));
        return File.Exists(path) ? path : throw new FileNotFoundException("quotes-dev.jsonl not found; set DIGESTBOT_SHARED", path);
    }
}
