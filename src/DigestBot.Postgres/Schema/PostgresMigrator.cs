using Microsoft.Extensions.Logging;
using Npgsql;

namespace DigestBot.Postgres.Schema;

/// <summary>
/// Brings the database schema up to date: one transaction that takes a transaction-level advisory lock, then applies
/// the migrations not yet recorded in <c>schema_version</c>. Replicas starting together queue on the lock; the later ones find
/// nothing left to do.
/// </summary>
internal sealed partial class PostgresMigrator(PostgresDatabase database, TimeProvider timeProvider, ILogger<PostgresMigrator> logger)
{
    /// <summary>The advisory lock key ("DigestBT" in ASCII): the same on every replica.</summary>
    public const long AdvisoryLockKey = 0x4469676573744254;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _migrated;

    /// <summary>Migrates once per process; later calls return at once.</summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                await MigrateAsync(cancellationToken).ConfigureAwait(false);
                _migrated = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies the pending migrations; returns how many ran (0 when the schema was up to date).</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(" + AdvisoryLockKey + ")", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)",
                    cancellationToken).ConfigureAwait(false);
                var current = await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
                if (current > MigrationCatalog.LatestVersion)
                {
                    throw new InvalidOperationException(
                        $"The PostgreSQL schema is at version {current}, newer than this DigestBot knows ({MigrationCatalog.LatestVersion}): upgrade DigestBot.");
                }

                var applied = await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false);
                var pending = MigrationCatalog.All.Where(m => !applied.Contains(m.Version)).ToList();
                foreach (var migration in pending)
                {
                    await ExecuteAsync(connection, migration.Sql, cancellationToken).ConfigureAwait(false);
                    await using var record = new NpgsqlCommand(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)", connection);
                    record.Parameters.Add(new() { Value = migration.Version });
                    record.Parameters.Add(new() { Value = migration.Name });
                    record.Parameters.Add(new() { Value = timeProvider.GetUtcNow() });
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    LogApplied(logger, migration.Version, migration.Name);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                if (pending.Count == 0)
                {
                    LogUpToDate(logger, current);
                }

                return pending.Count;
            }
        }
    }

    /// <summary>The schema's version: the highest applied migration, 0 for an empty database.</summary>
    public async Task<int> GetVersionAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection);
            var found = (bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            return found ? await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false) : 0;
        }
    }

    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var applied = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied.Add(reader.GetInt32(0));
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "PostgreSQL schema: applied migration {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, int version, string name);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Debug, Message = "PostgreSQL schema is up to date at version {Version}")]
    private static partial void LogUpToDate(ILogger logger, int version);
}
