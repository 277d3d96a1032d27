namespace DigestBot.Benchmarks.Scale;

/// <summary>Where the scale harnesses find the shared corpus and keep their generated files and databases.</summary>
public static class BenchFiles
{
    /// <summary>The repository root (the folder holding DigestBot.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder beside the clone (override with DIGESTBOT_SHARED).</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("DIGESTBOT_SHARED") is { Length: > 0 } shared
            ? shared
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The real news corpus, ../shared/corpus/news.jsonl.gz.</summary>
    public static string NewsCorpus => Path.Combine(Shared, "corpus", "news.jsonl.gz");

    /// <summary>A temp folder for generated corpora and databases (override with DIGESTBOT_BENCH_DIR); never inside the repo.</summary>
    public static string WorkDir
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("DIGESTBOT_BENCH_DIR") is { Length: > 0 } d
                ? d
                : Path.Combine(Path.GetTempPath(), "digestbot-bench");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DigestBot.sln not found above " + AppContext.BaseDirectory);
    }
}
