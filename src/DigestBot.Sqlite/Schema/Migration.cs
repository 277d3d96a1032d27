namespace DigestBot.Sqlite.Schema;

/// <summary>One numbered schema change, applied once in its own transaction.</summary>
/// <param name="Version">Its number; migrations run in ascending order.</param>
/// <param name="Description">What it does, for the schema_version table.</param>
/// <param name="Sql">The statements.</param>
internal sealed record Migration(int Version, string Description, string Sql);
