using DigestBot.Core.Sources;
using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite.Sources;

/// <summary>Chat-added feeds and per-feed poll state in the feed_sources and feed_state tables.</summary>
internal sealed class SqliteSourceStore(SqliteDatabase database) : ISourceStore
{
    private const string SourceColumns = "url, name, interval_ms, added_by, added_in, added_at";

    private const string StateColumns =
        "url, etag, last_modified, last_fetch_at, items_last_fetched, new_items, updated_items, last_error, consecutive_failures, next_poll_at";

    /// <inheritdoc />
    public async Task<bool> AddAsync(FeedSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Sql.ExecuteAsync(connection, null,
            $"INSERT INTO feed_sources ({SourceColumns}) VALUES ($url, $name, $interval, $by, $in, $at) ON CONFLICT (url) DO NOTHING;",
            cancellationToken,
            ("$url", source.Url), ("$name", source.Name), ("$interval", source.Interval is { } i ? (long)i.TotalMilliseconds : null),
            ("$by", source.AddedBy), ("$in", source.AddedIn), ("$at", Rows.ToMs(source.AddedAt))).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var removed = await Sql.ExecuteAsync(connection, transaction, "DELETE FROM feed_sources WHERE url = $url;", cancellationToken, ("$url", url))
            .ConfigureAwait(false);
        if (removed > 0)
        {
            await Sql.ExecuteAsync(connection, transaction, "DELETE FROM feed_state WHERE url = $url;", cancellationToken, ("$url", url))
                .ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeedSource>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, $"SELECT {SourceColumns} FROM feed_sources ORDER BY added_at, url;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<FeedSource>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new FeedSource(
                reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : TimeSpan.FromMilliseconds(reader.GetInt64(2)),
                reader.GetString(3), reader.GetString(4), Rows.FromMs(reader.GetInt64(5))));
        }

        return list;
    }

    /// <inheritdoc />
    public async Task<FeedSourceState?> GetStateAsync(string url, CancellationToken cancellationToken) =>
        (await QueryStatesAsync("WHERE url = $url", cancellationToken, ("$url", url)).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeedSourceState>> ListStatesAsync(CancellationToken cancellationToken) =>
        await QueryStatesAsync("ORDER BY url", cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<bool> TryClaimAsync(string url, DateTimeOffset? expectedNextPollAt, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Sql.ExecuteAsync(connection, null,
            """
            INSERT INTO feed_state (url, next_poll_at) VALUES ($url, $lease)
            ON CONFLICT (url) DO UPDATE SET next_poll_at = excluded.next_poll_at WHERE feed_state.next_poll_at IS $expected;
            """,
            cancellationToken, ("$url", url), ("$lease", Rows.ToMs(leaseUntil)), ("$expected", Ms(expectedNextPollAt))).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task SaveStateAsync(FeedSourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, null,
            $"""
            INSERT INTO feed_state ({StateColumns})
            VALUES ($url, $etag, $modified, $fetched, $items, $new, $updated, $error, $failures, $next)
            ON CONFLICT (url) DO UPDATE SET
                etag = excluded.etag, last_modified = excluded.last_modified, last_fetch_at = excluded.last_fetch_at,
                items_last_fetched = excluded.items_last_fetched, new_items = excluded.new_items,
                updated_items = excluded.updated_items, last_error = excluded.last_error,
                consecutive_failures = excluded.consecutive_failures, next_poll_at = excluded.next_poll_at;
            """,
            cancellationToken,
            ("$url", state.Url), ("$etag", state.ETag), ("$modified", Ms(state.LastModified)), ("$fetched", Ms(state.LastFetchAt)),
            ("$items", state.ItemsLastFetched), ("$new", state.NewItems), ("$updated", state.UpdatedItems), ("$error", state.LastError),
            ("$failures", state.ConsecutiveFailures), ("$next", Ms(state.NextPollAt))).ConfigureAwait(false);
    }

    private async Task<List<FeedSourceState>> QueryStatesAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, $"SELECT {StateColumns} FROM feed_state {where};", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<FeedSourceState>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new FeedSourceState(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                Time(reader, 2), Time(reader, 3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetInt32(8), Time(reader, 9)));
        }

        return list;
    }

    private static long? Ms(DateTimeOffset? time) => time is { } t ? Rows.ToMs(t) : null;

    private static DateTimeOffset? Time(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Rows.FromMs(reader.GetInt64(ordinal));
}
