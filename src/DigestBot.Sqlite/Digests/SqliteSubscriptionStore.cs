using DigestBot.Core.Subscriptions;
using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite.Digests;

/// <summary>Digest subscriptions in the digest_subscriptions table.</summary>
internal sealed class SqliteSubscriptionStore(SqliteDatabase database) : ISubscriptionStore
{
    private const string Columns = "id, platform, channel_id, time_of_day, cron, time_zone, enabled, disabled_reason, created_at";

    /// <inheritdoc />
    public async Task<Subscription> UpsertAsync(SubscriptionDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, null,
            """
            INSERT INTO digest_subscriptions (platform, channel_id, time_of_day, cron, time_zone, enabled, disabled_reason, created_at, updated_at)
            VALUES ($platform, $channel, $time, $cron, $zone, 1, NULL, $now, $now)
            ON CONFLICT (platform, channel_id) DO UPDATE SET
                time_of_day = excluded.time_of_day, cron = excluded.cron, time_zone = excluded.time_zone,
                enabled = 1, disabled_reason = NULL, updated_at = excluded.updated_at;
            """,
            cancellationToken,
            ("$platform", draft.Platform.ToLowerInvariant()), ("$channel", draft.ChannelId), ("$time", draft.Time), ("$cron", draft.Cron),
            ("$zone", draft.TimeZone), ("$now", Rows.ToMs(now))).ConfigureAwait(false);
        return (await QueryAsync(connection, "WHERE platform = $platform AND channel_id = $channel", cancellationToken,
            ("$platform", draft.Platform), ("$channel", draft.ChannelId)).ConfigureAwait(false)).Single();
    }

    /// <inheritdoc />
    public async Task<Subscription?> FindAsync(string platform, string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await QueryAsync(connection, "WHERE platform = $platform AND channel_id = $channel", cancellationToken,
            ("$platform", platform), ("$channel", channelId)).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<Subscription?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await QueryAsync(connection, "WHERE id = $id", cancellationToken, ("$id", id)).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, "ORDER BY id", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string platform, string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Sql.ExecuteAsync(connection, null, "DELETE FROM digest_subscriptions WHERE platform = $platform AND channel_id = $channel;",
            cancellationToken, ("$platform", platform), ("$channel", channelId)).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task DisableAsync(long id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, null, "UPDATE digest_subscriptions SET enabled = 0, disabled_reason = $reason WHERE id = $id;",
            cancellationToken, ("$id", id), ("$reason", reason)).ConfigureAwait(false);
    }

    private static async Task<List<Subscription>> QueryAsync(SqliteConnection connection, string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Sql.Command(connection, null, $"SELECT {Columns} FROM digest_subscriptions {where};", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Subscription>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Subscription(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), reader.GetInt64(6) != 0, reader.IsDBNull(7) ? null : reader.GetString(7),
                Rows.FromMs(reader.GetInt64(8))));
        }

        return list;
    }
}
