using System.Text.Json;
using DigestBot.Core.People;
using DigestBot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite;

/// <summary>Builds people profiles merged across articles from the people and quotes tables.</summary>
internal static class ProfileLoader
{
    /// <summary>Profiles for <paramref name="names"/> (any case), or for everyone when null.</summary>
    public static async Task<IReadOnlyList<PersonProfile>> LoadAsync(
        SqliteConnection connection, IReadOnlyCollection<string>? names, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        var filter = names is null ? "" : "WHERE {0} IN (SELECT value FROM json_each($names))";
        var json = names is null ? null : JsonSerializer.Serialize(names);
        var merged = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);

        var peopleSql = $"SELECT name, kind, aliases, roles, article_pk FROM people {string.Format(System.Globalization.CultureInfo.InvariantCulture, filter, "name")} ORDER BY article_pk;";
        await using (var command = Sql.Command(connection, transaction, peopleSql, ("$names", json)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var entry = Get(merged, reader.GetString(0), Enum.TryParse<EntityKind>(reader.GetString(1), out var kind) ? kind : EntityKind.Person);
                entry.Aliases.UnionWith(JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? []);
                entry.Roles.UnionWith(JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? []);
                entry.Articles.Add(reader.GetInt64(4));
            }
        }

        var quoteSql = $"SELECT speaker, article_pk, COUNT(*) FROM quotes {string.Format(System.Globalization.CultureInfo.InvariantCulture, filter, "speaker")} GROUP BY speaker, article_pk;";
        await using (var command = Sql.Command(connection, transaction, quoteSql, ("$names", json)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var entry = Get(merged, reader.GetString(0), EntityKind.Person);
                entry.Articles.Add(reader.GetInt64(1));
                entry.Statements += reader.GetInt32(2);
            }
        }

        return merged.Values
            .Select(e => new PersonProfile(
                new Person(e.Name, e.Kind, e.Aliases.Where(a => !a.Equals(e.Name, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase).ToList(), e.Roles.Order(StringComparer.OrdinalIgnoreCase).ToList()),
                e.Statements,
                e.Articles.Count))
            .ToList();
    }

    /// <summary>How well <paramref name="query"/> names <paramref name="person"/>: 0 name, 1 alias, 2 surname, 3 role, <see cref="int.MaxValue"/> not at all.</summary>
    public static int Rank(Person person, string query)
    {
        var q = StripThe(query);
        bool Same(string s) => string.Equals(StripThe(s), q, StringComparison.OrdinalIgnoreCase);
        bool EndsWithWord(string s) => s.EndsWith(" " + q, StringComparison.OrdinalIgnoreCase);

        return Same(person.Name) ? 0
            : person.Aliases.Any(Same) ? 1
            : EndsWithWord(person.Name) || person.Aliases.Any(EndsWithWord) ? 2
            : person.Roles.Any(Same) ? 3
            : int.MaxValue;
    }

    private static string StripThe(string text)
    {
        var t = text.Trim();
        return t.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? t[4..].Trim() : t;
    }

    private static Entry Get(Dictionary<string, Entry> merged, string name, EntityKind kind)
    {
        if (!merged.TryGetValue(name, out var entry))
        {
            entry = new Entry(name, kind);
            merged[name] = entry;
        }

        return entry;
    }

    private sealed class Entry(string name, EntityKind kind)
    {
        public string Name { get; } = name;

        public EntityKind Kind { get; } = kind;

        public HashSet<string> Aliases { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<long> Articles { get; } = [];

        public int Statements { get; set; }
    }
}
