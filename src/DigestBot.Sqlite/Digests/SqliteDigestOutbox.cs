using System.Collections.Concurrent;
using DigestBot.Core.Digests;
using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite.Digests;

/// <summary>The delivery outbox in the digest_outbox table; the key's uniqueness is what stops a second reservation.</summary>
internal sealed class SqliteDigestOutbox(SqliteDatabase database) : IDigestOutbox
{
    private const string Columns = "key, subscription_id, fire_time, since, until, status, attempts, message_id, reason, payload, updated_at";

    // A SQLite file serves one process, so the claims of that process are all there are: keyed by file and row.
    private static readonly ConcurrentDictionary<string, byte> Claims = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<bool> TryReserveAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await Sql.ExecuteAsync(connection, null,
            """
            INSERT INTO digest_outbox (key, subscription_id, fire_time, since, until, status, attempts, message_id, reason, payload, created_at, updated_at)
            VALUES ($key, $sub, $fire, $since, $until, $status, $attempts, $message, $reason, $payload, $now, $now)
            ON CONFLICT DO NOTHING;
            """,
            cancellationToken,
            ("$key", entry.Key), ("$sub", entry.SubscriptionId), ("$fire", Rows.ToMs(entry.FireTime)), ("$since", Rows.ToMs(entry.Since)),
            ("$until", Rows.ToMs(entry.Until)), ("$status", entry.Status.ToString()), ("$attempts", entry.Attempts),
            ("$message", entry.MessageId), ("$reason", entry.Reason), ("$payload", entry.Payload), ("$now", Rows.ToMs(entry.UpdatedAt))).ConfigureAwait(false);
        return inserted == 1;
    }

    /// <inheritdoc />
    public async Task<OutboxEntry?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await QueryAsync(connection, "WHERE key = $key", cancellationToken, ("$key", key)).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <inheritdoc />
    public Task RecordAttemptAsync(string key, int attempts, string? reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync("attempts = $attempts, reason = $reason", "status = 'Pending'", key, at, cancellationToken, ("$attempts", attempts), ("$reason", reason));

    /// <inheritdoc />
    public Task MarkSentAsync(string key, string messageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync("status = 'Sent', message_id = $message, reason = NULL", "status = 'Pending'", key, at, cancellationToken, ("$message", messageId));

    /// <inheritdoc />
    public Task CloseAsync(string key, OutboxStatus status, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (status is OutboxStatus.Pending or OutboxStatus.Sent)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Close ends a row as Empty, Skipped or Failed.");
        }

        return UpdateAsync("status = $status, reason = $reason", "status = 'Pending'", key, at, cancellationToken, ("$status", status.ToString()), ("$reason", reason));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxEntry>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, "WHERE status = 'Pending' ORDER BY fire_time, key", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<OutboxEntry?> FindLatestAsync(long subscriptionId, IReadOnlyCollection<OutboxStatus> statuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var names = statuses.Select((s, i) => ($"$s{i}", (object?)s.ToString())).ToArray();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await QueryAsync(connection,
            $"WHERE subscription_id = $sub AND status IN ({string.Join(", ", names.Select(n => n.Item1))}) ORDER BY fire_time DESC LIMIT 1",
            cancellationToken, [("$sub", subscriptionId), .. names]).ConfigureAwait(false);
        return rows.SingleOrDefault();
    }

    /// <inheritdoc />
    public Task<OutboxClaim?> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var claim = database.FilePath + "|" + key;
        return Task.FromResult(Claims.TryAdd(claim, 0)
            ? new OutboxClaim(() =>
            {
                Claims.TryRemove(claim, out _);
                return ValueTask.CompletedTask;
            })
            : null);
    }

    private async Task UpdateAsync(string set, string guard, string key, DateTimeOffset at, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = await Sql.ExecuteAsync(connection, null, $"UPDATE digest_outbox SET {set}, updated_at = $at WHERE key = $key AND {guard};",
            cancellationToken, [("$key", key), ("$at", Rows.ToMs(at)), .. parameters]).ConfigureAwait(false);
        if (changed == 0)
        {
            throw new InvalidOperationException($"Outbox row '{key}' does not exist or is no longer pending.");
        }
    }

    private static async Task<List<OutboxEntry>> QueryAsync(SqliteConnection connection, string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Sql.Command(connection, null, $"SELECT {Columns} FROM digest_outbox {where};", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<OutboxEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new OutboxEntry(
                reader.GetString(0), reader.GetInt64(1), Rows.FromMs(reader.GetInt64(2)), Rows.FromMs(reader.GetInt64(3)),
                Rows.FromMs(reader.GetInt64(4)), Enum.Parse<OutboxStatus>(reader.GetString(5)), reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9), Rows.FromMs(reader.GetInt64(10))));
        }

        return list;
    }
}
