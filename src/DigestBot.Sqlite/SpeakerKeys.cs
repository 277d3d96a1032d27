namespace DigestBot.Sqlite;

/// <summary>
/// The speaker_keys table: for every person and speaker of an article, the lower-case full name and each trailing
/// run of its words ("kaja kallas", "kallas"), each alias and each role. A speaker lookup is then an index seek
/// instead of a scan of every person's JSON aliases and roles and of every quote, which grew with the archive.
/// Keys are lower-cased by SQLite's lower() on both sides, so writing and looking up always agree.
/// </summary>
internal static class SpeakerKeys
{
    /// <summary>Migration 5: the table, its indexes, and keys for the articles already stored.</summary>
    public const string MigrationSql =
        """
        CREATE TABLE speaker_keys (
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            key TEXT NOT NULL,
            name TEXT NOT NULL
        );
        CREATE INDEX ix_speaker_keys_key ON speaker_keys(key);
        CREATE INDEX ix_speaker_keys_article ON speaker_keys(article_pk);
        WITH RECURSIVE
            named(article_pk, name) AS (SELECT article_pk, name FROM people UNION SELECT article_pk, speaker FROM quotes),
            suffix(article_pk, name, rest) AS (
                SELECT article_pk, name, lower(trim(name)) FROM named
                UNION SELECT article_pk, name, substr(rest, instr(rest, ' ') + 1) FROM suffix WHERE instr(rest, ' ') > 0)
        INSERT INTO speaker_keys (article_pk, key, name)
        SELECT article_pk, rest, name FROM suffix WHERE rest <> ''
        UNION SELECT p.article_pk, lower(trim(a.value)), p.name FROM people p, json_each(p.aliases) a WHERE trim(a.value) <> ''
        UNION SELECT p.article_pk, lower(trim(r.value)), p.name FROM people p, json_each(p.roles) r WHERE trim(r.value) <> '';
        """;

    /// <summary>Writes the keys of one article from its people and quotes rows (run after they are inserted).</summary>
    public const string InsertForArticle =
        """
        WITH RECURSIVE
            named(name) AS (SELECT name FROM people WHERE article_pk = $pk UNION SELECT speaker FROM quotes WHERE article_pk = $pk),
            suffix(name, rest) AS (
                SELECT name, lower(trim(name)) FROM named
                UNION SELECT name, substr(rest, instr(rest, ' ') + 1) FROM suffix WHERE instr(rest, ' ') > 0)
        INSERT INTO speaker_keys (article_pk, key, name)
        SELECT $pk, rest, name FROM suffix WHERE rest <> ''
        UNION SELECT $pk, lower(trim(a.value)), p.name FROM people p, json_each(p.aliases) a WHERE p.article_pk = $pk AND trim(a.value) <> ''
        UNION SELECT $pk, lower(trim(r.value)), p.name FROM people p, json_each(p.roles) r WHERE p.article_pk = $pk AND trim(r.value) <> '';
        """;

    /// <summary>Names whose key is the query, the query without a leading "the", or "the" + it.</summary>
    public const string Candidates =
        "SELECT DISTINCT name FROM speaker_keys WHERE key IN (lower($q), lower($bare), 'the ' || lower($bare));";
}
