using System.Text.Json;
using DigestBot.Core.People;
using DigestBot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite;

/// <summary>
/// The person_profiles table: each name's merged profile (kind, aliases, roles, statement and article counts), so a
/// speaker question reads one row per candidate instead of every people row and quote group of that name. Triggers on
/// people and quotes mark a name dirty whenever one of its rows is written or deleted; a dirty or missing profile is
/// rebuilt with <see cref="ProfileLoader"/> the next time it is asked for, inside a write transaction so a concurrent
/// article write cannot slip between the rebuild's reads and its save.
/// </summary>
internal static class ProfileSummaries
{
    /// <summary>Migration 6: the table, the triggers, and every stored name marked dirty.</summary>
    public const string MigrationSql =
        """
        CREATE TABLE person_profiles (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            kind TEXT NOT NULL DEFAULT 'Person',
            aliases TEXT NOT NULL DEFAULT '[]',
            roles TEXT NOT NULL DEFAULT '[]',
            statements INTEGER NOT NULL DEFAULT 0,
            articles INTEGER NOT NULL DEFAULT 0,
            dirty INTEGER NOT NULL DEFAULT 1
        ) WITHOUT ROWID;
        CREATE TRIGGER people_profile_insert AFTER INSERT ON people BEGIN
            INSERT INTO person_profiles (name) VALUES (new.name) ON CONFLICT (name) DO UPDATE SET dirty = 1;
        END;
        CREATE TRIGGER people_profile_delete AFTER DELETE ON people BEGIN
            INSERT INTO person_profiles (name) VALUES (old.name) ON CONFLICT (name) DO UPDATE SET dirty = 1;
        END;
        CREATE TRIGGER quotes_profile_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO person_profiles (name) VALUES (new.speaker) ON CONFLICT (name) DO UPDATE SET dirty = 1;
        END;
        CREATE TRIGGER quotes_profile_delete AFTER DELETE ON quotes BEGIN
            INSERT INTO person_profiles (name) VALUES (old.speaker) ON CONFLICT (name) DO UPDATE SET dirty = 1;
        END;
        INSERT INTO person_profiles (name)
        SELECT name FROM (SELECT name FROM people UNION SELECT speaker FROM quotes) WHERE true
        ON CONFLICT (name) DO NOTHING;
        """;

    /// <summary>The profiles of <paramref name="names"/> (any case); names with nothing stored any more have none.</summary>
    public static async Task<IReadOnlyList<PersonProfile>> LoadAsync(SqliteConnection connection, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var (fresh, stale) = await ReadAsync(connection, null, names, cancellationToken).ConfigureAwait(false);
        if (stale.Count == 0)
        {
            return fresh;
        }

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Read again under the write lock: another process may have rebuilt them, or written since.
        var (freshNow, staleNow) = await ReadAsync(connection, tx, stale, cancellationToken).ConfigureAwait(false);
        var rebuilt = staleNow.Count == 0 ? [] : await ProfileLoader.LoadAsync(connection, staleNow, cancellationToken, tx).ConfigureAwait(false);
        foreach (var profile in rebuilt)
        {
            await SaveAsync(connection, tx, profile, cancellationToken).ConfigureAwait(false);
        }

        var found = rebuilt.Select(p => p.Person.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var gone in staleNow.Where(n => !found.Contains(n)))
        {
            await Sql.ExecuteAsync(connection, tx, "DELETE FROM person_profiles WHERE name = $name;", cancellationToken, ("$name", gone)).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return [.. fresh, .. freshNow, .. rebuilt];
    }

    /// <summary>Clean profiles of <paramref name="names"/>, and the names whose profile is dirty or missing.</summary>
    private static async Task<(List<PersonProfile> Fresh, List<string> Stale)> ReadAsync(
        SqliteConnection connection, SqliteTransaction? tx, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var fresh = new List<PersonProfile>();
        var clean = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using (var command = Sql.Command(connection, tx,
            "SELECT name, kind, aliases, roles, statements, articles, dirty FROM person_profiles WHERE name IN (SELECT value FROM json_each($names));",
            ("$names", JsonSerializer.Serialize(names))))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (reader.GetInt64(6) != 0)
                {
                    continue;
                }

                var name = reader.GetString(0);
                clean.Add(name);
                var person = new Person(
                    name,
                    Enum.TryParse<EntityKind>(reader.GetString(1), out var kind) ? kind : EntityKind.Person,
                    JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? [],
                    JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? []);
                fresh.Add(new PersonProfile(person, reader.GetInt32(4), reader.GetInt32(5)));
            }
        }

        // A name with no profile row at all was stored before the table existed or by a path the triggers missed:
        // rebuild it too, so the answer never depends on the cache being complete.
        var stale = names.Where(n => !clean.Contains(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return (fresh, stale);
    }

    private static Task<int> SaveAsync(SqliteConnection connection, SqliteTransaction tx, PersonProfile profile, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, tx,
            """
            INSERT INTO person_profiles (name, kind, aliases, roles, statements, articles, dirty)
            VALUES ($name, $kind, $aliases, $roles, $statements, $articles, 0)
            ON CONFLICT (name) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases,
                roles = excluded.roles, statements = excluded.statements, articles = excluded.articles, dirty = 0;
            """,
            cancellationToken,
            ("$name", profile.Person.Name), ("$kind", profile.Person.Kind.ToString()),
            ("$aliases", JsonSerializer.Serialize(profile.Person.Aliases)), ("$roles", JsonSerializer.Serialize(profile.Person.Roles)),
            ("$statements", profile.StatementCount), ("$articles", profile.ArticleCount));
}
