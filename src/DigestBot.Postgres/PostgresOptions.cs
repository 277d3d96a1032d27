using System.ComponentModel.DataAnnotations;

namespace DigestBot.Postgres;

/// <summary>Where the PostgreSQL store connects; bound from <c>ConnectionStrings:Postgres</c> (env: <c>ConnectionStrings__Postgres</c>).</summary>
internal sealed class PostgresOptions
{
    /// <summary>The configuration key of the connection string, for messages.</summary>
    public const string ConfigurationKey = "ConnectionStrings:Postgres";

    /// <summary>The Npgsql connection string. A secret (it holds the password): never logged.</summary>
    [Required(ErrorMessage = "ConnectionStrings:Postgres is required for the PostgreSQL store: set the ConnectionStrings__Postgres environment variable, e.g. \"Host=db;Database=digestbot;Username=digestbot;Password=...\".")]
    public string? ConnectionString { get; set; }
}
