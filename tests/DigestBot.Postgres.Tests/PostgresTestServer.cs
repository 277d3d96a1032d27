using Npgsql;

namespace DigestBot.Postgres.Tests;

/// <summary>The PostgreSQL server the tests run against, named by DIGESTBOT_TEST_POSTGRES; each fixture gets its own database on it.</summary>
internal static class PostgresTestServer
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "DIGESTBOT_TEST_POSTGRES";

    /// <summary>The configured connection string; throws with what to do when it is not set, so the tests fail instead of skipping.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Start a server with "
                + "eval \"$(scripts/start-postgres.sh)\" (installs PostgreSQL from Debian packages if needed) and run the tests again.");

    /// <summary>Creates a database with a random name; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var name = "digestbot_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync($"CREATE DATABASE {name}", cancellationToken);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", cancellationToken);
    }

    private static async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
