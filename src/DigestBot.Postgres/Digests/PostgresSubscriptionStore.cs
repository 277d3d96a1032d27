using DigestBot.Core.Subscriptions;
using Npgsql;

namespace DigestBot.Postgres.Digests;

/// <summary>Digest subscriptions in the digest_subscriptions table, shared by every replica.</summary>
internal sealed class PostgresSubscriptionStore(DigestSql sql) : ISubscriptionStore
{
    private const string Columns = "id, platform, channel_id, time_of_day, cron, time_zone, enabled, disabled_reason, created_at";

    /// <inheritdoc />
    public async Task<Subscription> UpsertAsync(SubscriptionDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);

        // One statement, so replicas upserting the configured subscriptions at the same start cannot collide.
        var rows = await sql.QueryAsync(
            $"""
            INSERT INTO digest_subscriptions (platform, channel_id, time_of_day, cron, time_zone, enabled, disabled_reason, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, true, NULL, $6, $6)
            ON CONFLICT (platform, channel_id) DO UPDATE SET
                time_of_day = excluded.time_of_day, cron = excluded.cron, time_zone = excluded.time_zone,
                enabled = true, disabled_reason = NULL, updated_at = excluded.updated_at
            RETURNING {Columns}
            """,
            Read, cancellationToken, Platform(draft.Platform), draft.ChannelId, draft.Time, draft.Cron, draft.TimeZone, now).ConfigureAwait(false);
        return rows.Single();
    }

    /// <inheritdoc />
    public async Task<Subscription?> FindAsync(string platform, string channelId, CancellationToken cancellationToken) =>
        (await sql.QueryAsync($"SELECT {Columns} FROM digest_subscriptions WHERE platform = $1 AND channel_id = $2", Read, cancellationToken,
            Platform(platform), channelId).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public async Task<Subscription?> GetAsync(long id, CancellationToken cancellationToken) =>
        (await sql.QueryAsync($"SELECT {Columns} FROM digest_subscriptions WHERE id = $1", Read, cancellationToken, id).ConfigureAwait(false))
            .SingleOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken) =>
        await sql.QueryAsync($"SELECT {Columns} FROM digest_subscriptions ORDER BY id", Read, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string platform, string channelId, CancellationToken cancellationToken) =>
        await sql.ExecuteAsync("DELETE FROM digest_subscriptions WHERE platform = $1 AND channel_id = $2", cancellationToken,
            Platform(platform), channelId).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public Task DisableAsync(long id, string reason, CancellationToken cancellationToken) =>
        sql.ExecuteAsync("UPDATE digest_subscriptions SET enabled = false, disabled_reason = $2 WHERE id = $1", cancellationToken, id, reason);

    private static string Platform(string platform) => (platform ?? "").ToLowerInvariant();

    private static Subscription Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetString(5), reader.GetBoolean(6), reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.GetFieldValue<DateTimeOffset>(8));
}
