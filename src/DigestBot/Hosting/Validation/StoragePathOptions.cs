namespace DigestBot.Host.Hosting.Validation;

/// <summary>The database path as the host sees it ("Storage:Sqlite:Path"), bound only to check at start that it is writable.</summary>
internal sealed class StoragePathOptions
{
    /// <summary>The configuration section name, shared with the SQLite store.</summary>
    public const string SectionName = "Storage:Sqlite";

    /// <summary>Database file, relative to the working directory or absolute.</summary>
    public string Path { get; set; } = "data/digestbot.db";
}
