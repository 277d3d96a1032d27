using System.Diagnostics;
using Npgsql;

namespace DigestBot.Testing;

/// <summary>
/// The PostgreSQL server the tests run against: the one named by DIGESTBOT_TEST_POSTGRES, else a throw-away server
/// that scripts/start-postgres.sh starts for this test run and stops when it ends. Each fixture gets its own database.
/// </summary>
internal static class PostgresTestServer
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "DIGESTBOT_TEST_POSTGRES";

    private const string ExportPrefix = "export " + Variable + "=";
    private const string StopPrefix = "start-postgres: stop it with: ";

    private static readonly Lazy<string> LazyConnectionString = new(FindOrStartServer);

    /// <summary>The server's connection string; throws with what to do when no server can be had, so the tests fail instead of skipping.</summary>
    public static string ConnectionString => LazyConnectionString.Value;

    private static string FindOrStartServer()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var script = RepoPaths.InRoot("scripts", "start-postgres.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("could not run " + script);
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var log = errors.GetAwaiter().GetResult();
        var export = output.Split('\n').FirstOrDefault(l => l.StartsWith(ExportPrefix, StringComparison.Ordinal));
        if (process.ExitCode != 0 || export is null)
        {
            throw new InvalidOperationException(
                $"{Variable} is not set and {script} could not start a PostgreSQL server (exit {process.ExitCode}): {log.Trim()}. "
                + "Start one with eval \"$(scripts/start-postgres.sh)\" and run the tests again.");
        }

        var stop = log.Split('\n').FirstOrDefault(l => l.StartsWith(StopPrefix, StringComparison.Ordinal));
        if (stop is not null)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => StopServer(stop[StopPrefix.Length..]);
        }

        return export[ExportPrefix.Length..].Trim().Trim('"');
    }

    private static void StopServer(string command)
    {
        using var stop = Process.Start(new ProcessStartInfo("bash", ["-c", command + " >/dev/null 2>&1"]));
        stop?.WaitForExit(TimeSpan.FromSeconds(20));
    }

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
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", cancellationToken);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                // FORCE cannot end a session of another role, e.g. an autovacuum worker that just started on the
                // database; it is gone a moment later.
                await Task.Delay(300, cancellationToken);
            }
        }
    }

    private static async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
