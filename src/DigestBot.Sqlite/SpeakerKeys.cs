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

    /// <summary>
    /// Adds the keys of one article: $names is a JSON array of its people's and speakers' names as stored, $extra a
    /// JSON array of [alias or role, name] pairs. Reads no table, so it costs the same at any archive size.
    /// </summary>
    public const string Insert =
        """
        WITH RECURSIVE
            named(name) AS (SELECT DISTINCT value FROM json_each($names)),
            suffix(name, rest) AS (
                SELECT name, lower(trim(name)) FROM named
                UNION SELECT name, substr(rest, instr(rest, ' ') + 1) FROM suffix WHERE instr(rest, ' ') > 0)
        INSERT OR IGNORE INTO speaker_keys (key, name)
        SELECT rest, name FROM suffix WHERE rest <> ''
        UNION SELECT lower(trim(json_extract(value, '$[0]'))), json_extract(value, '$[1]') FROM json_each($extra)
            WHERE trim(json_extract(value, '$[0]')) <> '';
        """;

    /// <summary>Names whose key is the query, the query without a leading "the", or "the" + it.</summary>
    public const string Candidates =
        "SELECT DISTINCT name FROM speaker_keys WHERE key IN (lower($q), lower($bare), 'the ' || lower($bare));";
}
