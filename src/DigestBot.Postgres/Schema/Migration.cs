namespace DigestBot.Postgres.Schema;

/// <summary>One versioned schema change, applied once and recorded in <c>schema_version</c>.</summary>
/// <param name="Version">Its number; migrations run in ascending order, from 1 without gaps.</param>
/// <param name="Name">A short name, from the script's file name.</param>
/// <param name="Sql">The script.</param>
internal sealed record Migration(int Version, string Name, string Sql);
