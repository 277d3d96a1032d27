using DigestBot.Core.People;
using DigestBot.Core.Storage;
using Npgsql;
using static DigestBot.Postgres.Storage.StoreRows;

namespace DigestBot.Postgres.Storage;

/// <summary>Speaker lookups: people merged across articles, found by name, alias, surname or role in any case.</summary>
internal static class PeopleQueries
{
    private const string PeopleSql = "SELECT p.name_key, p.article_id, p.name, p.kind, p.aliases, p.roles FROM people p";

    // The candidate names first, then their rows and statements by name: two index-only scans (migration 0006)
    // where one joined query let the planner hash a sequential scan of every people row.
    private const string CandidateKeysSql = "SELECT DISTINCT name_key FROM people WHERE lookup_keys @> ARRAY[$1]::text[]";

    private const string MatchFilter = " WHERE p.name_key = ANY($1) ORDER BY p.article_id, p.ordinal";

    private const string StatementCountsSql =
        "SELECT speaker_key, count(*)::int, array_agg(DISTINCT article_id) FROM quotes";

    public static async Task<IReadOnlyList<PersonProfile>> FindSpeakersAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = NameKeys.Key(name);
        if (key.Length == 0)
        {
            return [];
        }

        var candidates = await ReadCandidateKeysAsync(connection, key, cancellationToken).ConfigureAwait(false);
        if (candidates.Length == 0)
        {
            return [];
        }

        // One saved row per candidate name (migration 0007); only names changed since their last question are merged.
        var profiles = await PersonProfiles.LoadAsync(connection, candidates, cancellationToken).ConfigureAwait(false);
        return profiles
            .Select(p => (Profile: p, Rank: NameKeys.Rank(p.Person, key)))
            .OrderBy(x => x.Rank)
            .ThenByDescending(x => x.Profile.StatementCount)
            .ThenBy(x => x.Profile.Person.Name, StringComparer.OrdinalIgnoreCase)
            .Select(x => x.Profile)
            .ToList();
    }

    /// <summary>The people rows and statement counts of <paramref name="nameKeys"/> merged per name; names with no rows are absent.</summary>
    public static async Task<Dictionary<string, ProfileMerger>> MergeAsync(NpgsqlConnection connection, string[] nameKeys, CancellationToken cancellationToken)
    {
        var merged = await ReadPeopleAsync(connection, PeopleSql + MatchFilter, nameKeys, cancellationToken).ConfigureAwait(false);
        await AddStatementCountsAsync(
            connection, StatementCountsSql + " WHERE speaker_key = ANY($1) GROUP BY speaker_key", merged, nameKeys, cancellationToken).ConfigureAwait(false);
        return merged;
    }

    public static async Task<IReadOnlyList<PersonProfile>> GetPeopleAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var merged = await ReadPeopleAsync(connection, PeopleSql + " ORDER BY p.article_id, p.ordinal", null, cancellationToken).ConfigureAwait(false);
        await AddStatementCountsAsync(connection, StatementCountsSql + " GROUP BY speaker_key", merged, null, cancellationToken).ConfigureAwait(false);
        return merged.Values
            .Select(m => m.ToProfile())
            .OrderByDescending(p => p.StatementCount)
            .ThenBy(p => p.Person.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static async Task<string[]> ReadCandidateKeysAsync(NpgsqlConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(CandidateKeysSql, connection);
        command.Parameters.Add(Value(key));
        var keys = new List<string>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                keys.Add(reader.GetString(0));
            }
        }

        return [.. keys];
    }

    private static async Task<Dictionary<string, ProfileMerger>> ReadPeopleAsync(
        NpgsqlConnection connection, string sql, string[]? nameKeys, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (nameKeys is not null)
        {
            command.Parameters.Add(Value(nameKeys));
        }

        var merged = new Dictionary<string, ProfileMerger>(StringComparer.Ordinal);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var nameKey = reader.GetString(0);
                if (!merged.TryGetValue(nameKey, out var merger))
                {
                    merged[nameKey] = merger = new ProfileMerger(nameKey);
                }

                merger.AddMention(
                    reader.GetString(1),
                    reader.GetString(2),
                    Enum.Parse<EntityKind>(reader.GetString(3)),
                    reader.GetFieldValue<string[]>(4),
                    reader.GetFieldValue<string[]>(5));
            }
        }

        return merged;
    }

    private static async Task AddStatementCountsAsync(
        NpgsqlConnection connection, string sql, Dictionary<string, ProfileMerger> merged, string[]? keys, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (keys is not null)
        {
            command.Parameters.Add(Value(keys));
        }

        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // Every speaker has a people row (the writer adds one when the engine did not list them).
                if (merged.TryGetValue(reader.GetString(0), out var merger))
                {
                    merger.AddStatements(reader.GetInt32(1), reader.GetFieldValue<string[]>(2));
                }
            }
        }
    }
}
