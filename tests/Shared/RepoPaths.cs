namespace DigestBot.Testing;

/// <summary>Finds the repository root and the ../shared folder (seeds, eval data, specs, corpus) from a test run.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding DigestBot.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The shared folder beside the clone (override with DIGESTBOT_SHARED).</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("DIGESTBOT_SHARED") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path under the shared folder.</summary>
    public static string InShared(params string[] parts) => Path.Combine([Shared, .. parts]);

    /// <summary>A path under the repository root.</summary>
    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
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
