using DigestBot.Core.People;
using DigestBot.Core.Storage;
using Npgsql;
using static DigestBot.Postgres.Storage.StoreRows;

namespace DigestBot.Postgres.Storage;

/// <summary>
/// The person_profiles table (migration 0007): each name's merged profile, so a speaker question reads one row per
/// candidate name. A profile is current when its name has no person_profile_changes rows (written by triggers on
/// people and quotes); a stale or missing one is rebuilt from people and quotes under a per-name advisory lock.
/// </summary>
internal static class PersonProfiles
{
    private const string FreshSql = """
        SELECT p.name_key, p.name, p.kind, p.aliases, p.roles, p.statements, p.articles
        FROM person_profiles p
        WHERE p.name_key = ANY($1) AND NOT EXISTS (SELECT 1 FROM person_profile_changes c WHERE c.name_key = p.name_key)
        """;

    // One lock per name, taken in hash order so two rebuilders of overlapping names cannot deadlock. The seed keeps
    // these keys apart from the migrator's fixed lock key.
    private const string LockSql = """
        SELECT count(pg_advisory_xact_lock(h)) FROM (
            SELECT DISTINCT hashtextextended(k, 7007) AS h FROM unnest($1::text[]) AS k ORDER BY 1) AS locks
        """;

    private const string SaveSql = """
        INSERT INTO person_profiles (name_key, name, kind, aliases, roles, statements, articles)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases,
            roles = excluded.roles, statements = excluded.statements, articles = excluded.articles
        """;

    /// <summary>The current profiles of <paramref name="nameKeys"/>; names with nothing stored any more have none.</summary>
    public static async Task<IReadOnlyList<PersonProfile>> LoadAsync(NpgsqlConnection connection, string[] nameKeys, CancellationToken cancellationToken)
    {
        var fresh = await ReadFreshAsync(connection, nameKeys, cancellationToken).ConfigureAwait(false);
        var stale = nameKeys.Where(k => !fresh.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToArray();
        if (stale.Length == 0)
        {
            return [.. fresh.Values];
        }

        var rebuilt = await RebuildAsync(connection, stale, cancellationToken).ConfigureAwait(false);
        return [.. fresh.Values, .. rebuilt];
    }

    private static async Task<Dictionary<string, PersonProfile>> ReadFreshAsync(
        NpgsqlConnection connection, string[] nameKeys, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(FreshSql, connection);
        command.Parameters.Add(Value(nameKeys));
        var profiles = new Dictionary<string, PersonProfile>(StringComparer.Ordinal);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var person = new Person(
                    reader.GetString(1),
                    Enum.Parse<EntityKind>(reader.GetString(2)),
                    reader.GetFieldValue<string[]>(3),
                    reader.GetFieldValue<string[]>(4));
                profiles[reader.GetString(0)] = new PersonProfile(person, reader.GetInt32(5), reader.GetInt32(6));
            }
        }

        return profiles;
    }

    // Read committed: the change rows are deleted first, so every change they stood for was committed before the
    // reads of people and quotes that follow and is in the rebuilt profile; a change committed after the delete
    // leaves its own row and the profile stays stale.
    private static async Task<List<PersonProfile>> RebuildAsync(NpgsqlConnection connection, string[] requested, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await ExecuteAsync(connection, transaction, LockSql, requested, cancellationToken).ConfigureAwait(false);

            // Another replica may have rebuilt some while this one waited for the locks.
            var fresh = await ReadFreshAsync(connection, requested, cancellationToken).ConfigureAwait(false);
            var stale = requested.Where(k => !fresh.ContainsKey(k)).ToArray();
            var profiles = new List<PersonProfile>(fresh.Values);
            if (stale.Length == 0)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return profiles;
            }

            await ExecuteAsync(connection, transaction, "DELETE FROM person_profile_changes WHERE name_key = ANY($1)", stale, cancellationToken).ConfigureAwait(false);
            var merged = await PeopleQueries.MergeAsync(connection, stale, cancellationToken).ConfigureAwait(false);
            var batch = new NpgsqlBatch(connection, transaction);
            await using (batch.ConfigureAwait(false))
            {
                foreach (var (nameKey, merger) in merged)
                {
                    var profile = merger.ToProfile();
                    profiles.Add(profile);
                    var save = new NpgsqlBatchCommand(SaveSql);
                    save.Parameters.Add(Value(nameKey));
                    save.Parameters.Add(Value(profile.Person.Name));
                    save.Parameters.Add(Value(profile.Person.Kind.ToString()));
                    save.Parameters.Add(Value(profile.Person.Aliases.ToArray()));
                    save.Parameters.Add(Value(profile.Person.Roles.ToArray()));
                    save.Parameters.Add(Value(profile.StatementCount));
                    save.Parameters.Add(Value(profile.ArticleCount));
                    batch.BatchCommands.Add(save);
                }

                var gone = stale.Where(k => !merged.ContainsKey(k)).ToArray();
                if (gone.Length > 0)
                {
                    var delete = new NpgsqlBatchCommand("DELETE FROM person_profiles WHERE name_key = ANY($1)");
                    delete.Parameters.Add(Value(gone));
                    batch.BatchCommands.Add(delete);
                }

                if (batch.BatchCommands.Count > 0)
                {
                    await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return profiles;
        }
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string[] keys, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(Value(keys));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
