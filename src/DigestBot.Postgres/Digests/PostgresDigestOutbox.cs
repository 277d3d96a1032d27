using DigestBot.Core.Digests;
using Npgsql;

namespace DigestBot.Postgres.Digests;

/// <summary>
/// The delivery outbox in the digest_outbox table, shared by every replica: the key's uniqueness stops a second
/// reservation, and every transition is one guarded UPDATE on a pending row, so of two racing replicas one wins.
/// </summary>
internal sealed class PostgresDigestOutbox(DigestSql sql) : IDigestOutbox
{
    private const string Columns = "key, subscription_id, fire_time, window_start, window_end, status, attempts, message_id, reason, payload, updated_at";

    /// <inheritdoc />
    public async Task<bool> TryReserveAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var inserted = await sql.ExecuteAsync(
            """
            INSERT INTO digest_outbox (key, subscription_id, fire_time, window_start, window_end, status, attempts, message_id, reason, payload, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
            ON CONFLICT DO NOTHING
            """,
            cancellationToken,
            entry.Key, entry.SubscriptionId, entry.FireTime, entry.Since, entry.Until, entry.Status.ToString(), entry.Attempts,
            entry.MessageId, entry.Reason, entry.Payload, entry.UpdatedAt).ConfigureAwait(false);
        return inserted == 1;
    }

    /// <inheritdoc />
    public async Task<OutboxEntry?> FindAsync(string key, CancellationToken cancellationToken) =>
        (await sql.QueryAsync($"SELECT {Columns} FROM digest_outbox WHERE key = $1", Read, cancellationToken, key).ConfigureAwait(false))
            .SingleOrDefault();

    /// <inheritdoc />
    public Task RecordAttemptAsync(string key, int attempts, string? reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync("attempts = $3, reason = $4", key, at, cancellationToken, attempts, reason);

    /// <inheritdoc />
    public Task MarkSentAsync(string key, string messageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync("status = 'Sent', message_id = $3, reason = NULL", key, at, cancellationToken, messageId);

    /// <inheritdoc />
    public Task CloseAsync(string key, OutboxStatus status, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (status is OutboxStatus.Pending or OutboxStatus.Sent)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Close ends a row as Empty, Skipped or Failed.");
        }

        return UpdateAsync("status = $3, reason = $4", key, at, cancellationToken, status.ToString(), reason);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxEntry>> ListPendingAsync(CancellationToken cancellationToken) =>
        await sql.QueryAsync($"SELECT {Columns} FROM digest_outbox WHERE status = 'Pending' ORDER BY fire_time, key", Read, cancellationToken)
            .ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<OutboxEntry?> FindLatestAsync(long subscriptionId, IReadOnlyCollection<OutboxStatus> statuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var names = statuses.Select(s => s.ToString()).ToArray();
        var rows = await sql.QueryAsync(
            $"SELECT {Columns} FROM digest_outbox WHERE subscription_id = $1 AND status = ANY($2) ORDER BY fire_time DESC LIMIT 1",
            Read, cancellationToken, subscriptionId, names).ConfigureAwait(false);
        return rows.SingleOrDefault();
    }

    /// <inheritdoc />
    /// <remarks>
    /// A session advisory lock on the key, held by a connection of its own: a second replica's try fails at once, and
    /// a replica killed mid-post loses its connection and with it the lock, so a survivor can take the row over.
    /// </remarks>
    public async Task<OutboxClaim?> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var connection = await sql.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await LockAsync(connection, "pg_try_advisory_lock", key, cancellationToken).ConfigureAwait(false))
            {
                return new OutboxClaim(async () =>
                {
                    try
                    {
                        await LockAsync(connection, "pg_advisory_unlock", key, CancellationToken.None).ConfigureAwait(false);
                    }
                    finally
                    {
                        // Npgsql resets a pooled session (DISCARD ALL) on return, which also drops a lock the unlock missed.
                        await connection.DisposeAsync().ConfigureAwait(false);
                    }
                });
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    private static async Task<bool> LockAsync(NpgsqlConnection connection, string function, string key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}(hashtextextended($1, 0))", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = "digest_outbox:" + key });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task UpdateAsync(string set, string key, DateTimeOffset at, CancellationToken cancellationToken, params object?[] values)
    {
        // Only a pending row moves: a row another replica already closed or marked sent is never overwritten.
        var changed = await sql.ExecuteAsync($"UPDATE digest_outbox SET {set}, updated_at = $2 WHERE key = $1 AND status = 'Pending'",
            cancellationToken, [key, at, .. values]).ConfigureAwait(false);
        if (changed == 0)
        {
            throw new InvalidOperationException($"Outbox row '{key}' does not exist or is no longer pending.");
        }
    }

    private static OutboxEntry Read(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3),
        reader.GetFieldValue<DateTimeOffset>(4), Enum.Parse<OutboxStatus>(reader.GetString(5)), reader.GetInt32(6),
        reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetFieldValue<DateTimeOffset>(10));
}
