namespace DigestBot.Sqlite.Schema;

/// <summary>Every schema migration, in order. Append new ones; never edit a released one.</summary>
internal static class Migrations
{
    /// <summary>All migrations, ascending by version.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "articles, paragraphs, quotes, people and their full-text indexes",
            """
            CREATE TABLE articles (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                dateline TEXT NULL,
                headline TEXT NULL,
                text TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                published_at INTEGER NULL,
                indexed_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            );
            CREATE INDEX ix_articles_source ON articles(source);
            CREATE INDEX ix_articles_indexed_at ON articles(indexed_at);
            CREATE INDEX ix_articles_published_at ON articles(published_at);

            CREATE TABLE paragraphs (
                article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (article_pk, ordinal)
            ) WITHOUT ROWID;

            CREATE TABLE quotes (
                pk INTEGER PRIMARY KEY,
                article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                text TEXT NOT NULL,
                speaker TEXT NOT NULL COLLATE NOCASE,
                kind TEXT NOT NULL,
                cue TEXT NULL,
                speaker_mention TEXT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL
            );
            CREATE INDEX ix_quotes_article ON quotes(article_pk, ordinal);
            CREATE INDEX ix_quotes_speaker ON quotes(speaker);

            CREATE TABLE people (
                article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
                name TEXT NOT NULL COLLATE NOCASE,
                kind TEXT NOT NULL,
                aliases TEXT NOT NULL DEFAULT '[]',
                roles TEXT NOT NULL DEFAULT '[]',
                PRIMARY KEY (article_pk, name)
            ) WITHOUT ROWID;
            CREATE INDEX ix_people_name ON people(name);

            -- rowid = articles.pk and quotes.pk; rows are written and deleted with their owners.
            CREATE VIRTUAL TABLE articles_fts USING fts5(headline, body, tokenize = 'unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE quotes_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
            """),
        new(2, "digest subscriptions and the delivery outbox", Digests.DigestSchema.Sql),
        new(3, "feed sources added from chat and per-feed poll state", Sources.SourceSchema.Sql),
        new(4, "inbound event ids and connection leases shared by processes", Coordination.CoordinationSchema.Sql),
        // Speaker lookups by key instead of a scan of people and quotes.
        new(5, "speaker_keys: lower-case name, word suffix, alias and role keys for speaker lookups", SpeakerKeys.MigrationSql),
        new(6, "person_profiles: each name's merged profile, marked dirty by triggers and rebuilt on demand", ProfileSummaries.MigrationSql),
    ];
}
