using System.ComponentModel.DataAnnotations;

namespace DigestBot.Core.Ingestion;

/// <summary>Which folders to index and how often to rescan them; bound from the "Ingestion" section.</summary>
public sealed class IngestionOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Ingestion";

    /// <summary>Folders (relative to the content root, or absolute) whose .txt and .md files are indexed. Empty means "seeds".</summary>
    public IList<string> Folders { get; } = [];

    /// <summary>How often to rescan the folders even without file events (watchers miss some).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Ingestion:RescanInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Files larger than this are skipped with a warning.</summary>
    [Range(1, 1L << 30, ErrorMessage = "Ingestion:MaxFileBytes must be between 1 and 1073741824.")]
    public long MaxFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The configured folders, or "seeds" when none are configured.</summary>
    public IReadOnlyList<string> EffectiveFolders => Folders.Count == 0 ? ["seeds"] : [.. Folders];
}
