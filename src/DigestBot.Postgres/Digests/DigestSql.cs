using DigestBot.Postgres.Schema;
using Npgsql;

namespace DigestBot.Postgres.Digests;

/// <summary>Runs the digest tables' statements on a pooled connection, the schema migrated on first use.</summary>
internal sealed class DigestSql(PostgresDatabase database, PostgresMigrator migrator)
{
    /// <summary>A pooled connection of its own, for a claim held across several statements.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        return await database.OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Executes one statement; returns the rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = Command(connection, sql, values);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a query and maps every row with <paramref name="read"/>.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object?[] values)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = Command(connection, sql, values);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            // PostgreSQL stores instants in UTC; Npgsql refuses other offsets for timestamptz.
            command.Parameters.Add(new NpgsqlParameter { Value = value is DateTimeOffset at ? at.ToUniversalTime() : value ?? DBNull.Value });
        }

        return command;
    }
}
