using DigestBot.Core.Coordination;

namespace DigestBot.Sqlite.Coordination;

/// <summary>Inbound event ids in the inbound_events table; the primary key decides who saw an event first.</summary>
internal sealed class SqliteEventLedger(SqliteDatabase database, TimeProvider time) : IEventLedger
{
    /// <summary>Expired rows are purged once every this many records.</summary>
    public const int PurgeEvery = 256;

    private int _records;

    /// <inheritdoc />
    public async Task<bool> TryRecordAsync(string scope, string eventId, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var now = Rows.ToMs(time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (Interlocked.Increment(ref _records) % PurgeEvery == 0)
        {
            await Sql.ExecuteAsync(connection, null, "DELETE FROM inbound_events WHERE expires_at <= $now;", cancellationToken, ("$now", now))
                .ConfigureAwait(false);
        }

        // A row whose time is up counts as absent: it is overwritten and the event is new again.
        var changed = await Sql.ExecuteAsync(connection, null,
            """
            INSERT INTO inbound_events (scope, event_id, expires_at) VALUES ($scope, $id, $expires)
            ON CONFLICT (scope, event_id) DO UPDATE SET expires_at = excluded.expires_at WHERE inbound_events.expires_at <= $now;
            """,
            cancellationToken,
            ("$scope", scope), ("$id", eventId), ("$expires", now + (long)keepFor.TotalMilliseconds), ("$now", now)).ConfigureAwait(false);
        return changed == 1;
    }

    /// <inheritdoc />
    public async Task ForgetAsync(string scope, string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, null, "DELETE FROM inbound_events WHERE scope = $scope AND event_id = $id;", cancellationToken,
            ("$scope", scope), ("$id", eventId)).ConfigureAwait(false);
    }
}
