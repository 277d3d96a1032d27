using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite.Schema;

/// <summary>Brings a database up to the latest schema, one migration per transaction, recorded in schema_version.</summary>
internal static class SchemaMigrator
{
    /// <summary>The version a fully migrated database has.</summary>
    public static int LatestVersion => Migrations.All[^1].Version;

    /// <summary>Applies every migration newer than the database; returns how many ran. Safe when another process migrates at the same time.</summary>
    public static async Task<int> MigrateAsync(SqliteConnection connection, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(timeProvider);

        await using (var create = connection.CreateCommand())
        {
            create.CommandText =
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = 0;
        foreach (var migration in Migrations.All)
        {
            // BEGIN IMMEDIATE takes the write lock before reading the version, so two processes cannot both apply it.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (await CurrentVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false) >= migration.Version)
            {
                continue;
            }

            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = migration.Sql;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($v, $d, $t);";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$d", migration.Description);
                record.Parameters.AddWithValue("$t", timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied++;
        }

        return applied;
    }

    /// <summary>The highest applied migration, or 0 for a new database.</summary>
    public static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }
}
