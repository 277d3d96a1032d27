using DigestBot.Core.Coordination;

namespace DigestBot.Sqlite.Coordination;

/// <summary>Leases in the leases table, for processes sharing one database file; one upsert decides each take or renewal.</summary>
internal sealed class SqliteLeaseStore(SqliteDatabase database, TimeProvider time) : ILeaseStore
{
    /// <inheritdoc />
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        var now = Rows.ToMs(time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = await Sql.ExecuteAsync(connection, null,
            """
            INSERT INTO leases (name, holder, acquired_at, expires_at) VALUES ($name, $holder, $now, $expires)
            ON CONFLICT (name) DO UPDATE SET
                holder = excluded.holder,
                expires_at = excluded.expires_at,
                acquired_at = CASE WHEN leases.holder = excluded.holder THEN leases.acquired_at ELSE excluded.acquired_at END
            WHERE leases.holder = excluded.holder OR leases.expires_at <= $now;
            """,
            cancellationToken,
            ("$name", name), ("$holder", holder), ("$now", now), ("$expires", now + (long)ttl.TotalMilliseconds)).ConfigureAwait(false);
        return changed == 1;
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, null, "DELETE FROM leases WHERE name = $name AND holder = $holder;", cancellationToken,
            ("$name", name), ("$holder", holder)).ConfigureAwait(false);
    }
}
