using DigestBot.Core.Sources;
using DigestBot.Postgres.Schema;
using Npgsql;

namespace DigestBot.Postgres.Sources;

/// <summary>Chat-added feeds and per-feed poll state in the feed_sources and feed_state tables (migration 4).</summary>
internal sealed class PostgresSourceStore(PostgresDatabase database, PostgresMigrator migrator) : ISourceStore
{
    private const string SourceColumns = "url, name, interval, added_by, added_in, added_at";

    private const string StateColumns =
        "url, etag, last_modified, last_fetch_at, items_last_fetched, new_items, updated_items, last_error, consecutive_failures, next_poll_at";

    /// <inheritdoc />
    public Task<bool> AddAsync(FeedSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return RunAsync(async connection => await ExecuteAsync(connection,
            $"INSERT INTO feed_sources ({SourceColumns}) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (url) DO NOTHING",
            cancellationToken, source.Url, source.Name, source.Interval, source.AddedBy, source.AddedIn, source.AddedAt).ConfigureAwait(false) > 0,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveAsync(string url, CancellationToken cancellationToken) =>
        RunAsync(async connection =>
        {
            // One statement: the state goes with the source, and only when the source existed.
            await using var command = Command(connection,
                """
                WITH gone AS (DELETE FROM feed_sources WHERE url = $1 RETURNING url),
                     state AS (DELETE FROM feed_state WHERE url IN (SELECT url FROM gone))
                SELECT count(*) FROM gone
                """,
                [url]);
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<FeedSource>> ListAsync(CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<FeedSource>>(async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {SourceColumns} FROM feed_sources ORDER BY added_at, url", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var list = new List<FeedSource>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(new FeedSource(
                    reader.GetString(0), reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetFieldValue<TimeSpan>(2),
                    reader.GetString(3), reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
            }

            return list;
        }, cancellationToken);

    /// <inheritdoc />
    public async Task<FeedSourceState?> GetStateAsync(string url, CancellationToken cancellationToken) =>
        (await QueryStatesAsync("WHERE url = $1", cancellationToken, url).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeedSourceState>> ListStatesAsync(CancellationToken cancellationToken) =>
        await QueryStatesAsync("ORDER BY url", cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task<bool> TryClaimAsync(string url, DateTimeOffset? expectedNextPollAt, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        RunAsync(async connection => await ExecuteAsync(connection,
            """
            INSERT INTO feed_state (url, next_poll_at) VALUES ($1, $2)
            ON CONFLICT (url) DO UPDATE SET next_poll_at = excluded.next_poll_at
            WHERE feed_state.next_poll_at IS NOT DISTINCT FROM $3::timestamptz
            """,
            cancellationToken, url, leaseUntil, expectedNextPollAt).ConfigureAwait(false) > 0, cancellationToken);

    /// <inheritdoc />
    public Task SaveStateAsync(FeedSourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        return RunAsync(connection => ExecuteAsync(connection,
            $"""
            INSERT INTO feed_state ({StateColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT (url) DO UPDATE SET
                etag = excluded.etag, last_modified = excluded.last_modified, last_fetch_at = excluded.last_fetch_at,
                items_last_fetched = excluded.items_last_fetched, new_items = excluded.new_items,
                updated_items = excluded.updated_items, last_error = excluded.last_error,
                consecutive_failures = excluded.consecutive_failures, next_poll_at = excluded.next_poll_at
            """,
            cancellationToken, state.Url, state.ETag, state.LastModified, state.LastFetchAt, state.ItemsLastFetched, state.NewItems,
            state.UpdatedItems, state.LastError, state.ConsecutiveFailures, state.NextPollAt), cancellationToken);
    }

    private Task<List<FeedSourceState>> QueryStatesAsync(string where, CancellationToken cancellationToken, params object?[] parameters) =>
        RunAsync(async connection =>
        {
            await using var command = Command(connection, $"SELECT {StateColumns} FROM feed_state {where}", parameters);
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
        }, cancellationToken);

    private static DateTimeOffset? Time(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object?[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(value switch
            {
                null => new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Unknown },
                DateTimeOffset time => new NpgsqlParameter { Value = time.ToUniversalTime() },
                _ => new NpgsqlParameter { Value = value },
            });
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> query, CancellationToken cancellationToken)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await query(connection).ConfigureAwait(false);
        }
    }
}
