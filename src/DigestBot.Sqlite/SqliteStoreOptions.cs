using System.ComponentModel.DataAnnotations;

namespace DigestBot.Sqlite;

/// <summary>Where the SQLite database lives; bound from "Storage:Sqlite".</summary>
internal sealed class SqliteStoreOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Storage:Sqlite";

    /// <summary>Database file, relative to the working directory or absolute. Its directory is created.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:Sqlite:Path must name a database file, e.g. data/digestbot.db.")]
    public string Path { get; set; } = "data/digestbot.db";

    /// <summary>Seconds to wait for a lock held by another process before failing.</summary>
    [Range(1, 600, ErrorMessage = "Storage:Sqlite:BusyTimeoutSeconds must be between 1 and 600.")]
    public int BusyTimeoutSeconds { get; set; } = 30;
}
