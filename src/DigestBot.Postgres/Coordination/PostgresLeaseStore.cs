using DigestBot.Core.Coordination;
using DigestBot.Postgres.Schema;
using Npgsql;

namespace DigestBot.Postgres.Coordination;

/// <summary>
/// Leases in the leases table, shared by every replica. One upsert decides each take or renewal, and expiry is judged by
/// the database's clock, so replicas whose clocks disagree still agree on who holds a lease.
/// </summary>
internal sealed class PostgresLeaseStore(PostgresDatabase database, PostgresMigrator migrator) : ILeaseStore
{
    /// <inheritdoc />
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO leases (name, holder, acquired_at, expires_at) VALUES (@name, @holder, clock_timestamp(), clock_timestamp() + @ttl)
            ON CONFLICT (name) DO UPDATE SET
                holder = EXCLUDED.holder,
                expires_at = EXCLUDED.expires_at,
                acquired_at = CASE WHEN leases.holder = EXCLUDED.holder THEN leases.acquired_at ELSE EXCLUDED.acquired_at END
            WHERE leases.holder = EXCLUDED.holder OR leases.expires_at <= clock_timestamp()
            """,
            connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("holder", holder);
        command.Parameters.AddWithValue("ttl", ttl);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM leases WHERE name = @name AND holder = @holder", connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("holder", holder);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
