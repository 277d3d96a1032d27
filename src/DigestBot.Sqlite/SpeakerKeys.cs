namespace DigestBot.Sqlite;

/// <summary>
/// The speaker_keys table: for every name a person or speaker has been stored under, the lower-case full name and
/// each trailing run of its words ("kaja kallas", "kallas"), each alias and each role, once per (key, name). A speaker
/// lookup is then an index seek instead of a scan of every person's JSON aliases and roles and of every quote.
/// Keys are only added: a key left over from a replaced article can only propose a name, which the profile built
/// from the stored rows then ranks (or drops) as before. Both sides lower-case with SQLite's lower(), so they agree.
/// </summary>
internal static class SpeakerKeys
{
    /// <summary>Migration 5: the table, keys for what is already stored, and the index that article updates need.</summary>
    public const string MigrationSql =
        """
        CREATE TABLE speaker_keys (
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (key, name)
        ) WITHOUT ROWID;
        CREATE INDEX ix_people_article ON people(article_pk);
        WITH RECURSIVE
            named(name) AS (SELECT name FROM people UNION SELECT speaker FROM quotes),
            suffix(name, rest) AS (
                SELECT name, lower(trim(name)) FROM named
                UNION SELECT name, substr(rest, instr(rest, ' ') + 1) FROM suffix WHERE instr(rest, ' ') > 0)
        INSERT OR IGNORE INTO speaker_keys (key, name)
        SELECT rest, name FROM suffix WHERE rest <> ''
        UNION SELECT lower(trim(a.value)), p.name FROM people p, json_each(p.aliases) a WHERE trim(a.value) <> ''
        UNION SELECT lower(trim(r.value)), p.name FROM people p, json_each(p.roles) r WHERE trim(r.value) <> '';
        """;

    /// <summary>Adds one key; a key already there is left alone.</summary>
    public const string Insert = "INSERT OR IGNORE INTO speaker_keys (key, name) VALUES ($key, $name);";

    /// <summary>
    /// The keys of one article's names (its people's and speakers', as stored) and of its people's aliases and roles,
    /// computed exactly as the migration computes them in SQL: trim(' '), ASCII-only lower(), suffixes after each space.
    /// Done here rather than in one SQL statement with json_each and a recursive CTE, which cost 25 times as much.
    /// </summary>
    public static HashSet<(string Key, string Name)> For(IEnumerable<string> names, IEnumerable<(string Name, IEnumerable<string> AliasesAndRoles)> people)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(people);
        var keys = new HashSet<(string, string)>();
        foreach (var name in names)
        {
            var rest = SqlLower(name.Trim(' '));
            while (true)
            {
                if (rest.Length > 0)
                {
                    keys.Add((rest, name));
                }

                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                if (space < 0)
                {
                    break;
                }

                rest = rest[(space + 1)..];
            }
        }

        foreach (var (name, extra) in people)
        {
            foreach (var value in extra)
            {
                var key = SqlLower(value.Trim(' '));
                if (key.Length > 0)
                {
                    keys.Add((key, name));
                }
            }
        }

        return keys;
    }

    /// <summary>SQLite's built-in lower(): A to Z only, every other character as it is.</summary>
    public static string SqlLower(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });

    /// <summary>Names whose key is the query, the query without a leading "the", or "the" + it.</summary>
    public const string Candidates =
        "SELECT DISTINCT name FROM speaker_keys WHERE key IN (lower($q), lower($bare), 'the ' || lower($bare));";
}
