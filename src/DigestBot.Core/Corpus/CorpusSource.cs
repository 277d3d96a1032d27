namespace DigestBot.Core.Corpus;

/// <summary>The source a corpus record is stored under, "file name#record id", and how to tell one apart from a file path.</summary>
public static class CorpusSource
{
    /// <summary>The source of record <paramref name="recordId"/> of the corpus file <paramref name="fileName"/> (a name, no folder).</summary>
    public static string For(string fileName, string recordId) => fileName + "#" + recordId;

    /// <summary>Whether <paramref name="source"/> names a corpus record: a .jsonl or .jsonl.gz file name (no folder) followed by '#'.</summary>
    public static bool Is(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var hash = source.IndexOf('#', StringComparison.Ordinal);
        if (hash <= 0)
        {
            return false;
        }

        var file = source.AsSpan(0, hash);
        return !file.Contains('/')
            && (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase));
    }
}
