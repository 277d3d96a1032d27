using DigestBot.Core.Coordination;
using DigestBot.Postgres.Schema;
using Npgsql;

namespace DigestBot.Postgres.Coordination;

/// <summary>Inbound event ids in the inbound_events table, shared by every replica; the primary key decides who saw an event first.</summary>
internal sealed class PostgresEventLedger(PostgresDatabase database, PostgresMigrator migrator) : IEventLedger
{
    /// <summary>Expired rows are purged once every this many records.</summary>
    public const int PurgeEvery = 256;

    private int _records;

    /// <inheritdoc />
    public async Task<bool> TryRecordAsync(string scope, string eventId, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (Interlocked.Increment(ref _records) % PurgeEvery == 0)
        {
            await using var purge = new NpgsqlCommand("DELETE FROM inbound_events WHERE expires_at <= clock_timestamp()", connection);
            await purge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // A row whose time is up counts as absent: it is overwritten and the event is new again.
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO inbound_events (scope, event_id, expires_at) VALUES (@scope, @id, clock_timestamp() + @keep)
            ON CONFLICT (scope, event_id) DO UPDATE SET expires_at = EXCLUDED.expires_at
            WHERE inbound_events.expires_at <= clock_timestamp()
            """,
            connection);
        command.Parameters.AddWithValue("scope", scope);
        command.Parameters.AddWithValue("id", eventId);
        command.Parameters.AddWithValue("keep", keepFor);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task ForgetAsync(string scope, string eventId, CancellationToken cancellationToken)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM inbound_events WHERE scope = @scope AND event_id = @id", connection);
        command.Parameters.AddWithValue("scope", scope);
        command.Parameters.AddWithValue("id", eventId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
