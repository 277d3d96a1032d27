-- Articles, their statements and the people in them, with full-text search over generated tsvector columns.
-- Like the SQLite store's FTS5 (unicode61): the 'simple' configuration (lower case, no stemming, no stop words),
-- prefix matching done by the query, headline (else dateline) and body weighed the same.

CREATE TABLE articles (
    id            text PRIMARY KEY,
    source        text NOT NULL,
    dateline      text NULL,
    headline      text NULL,
    body          text NOT NULL,
    content_hash  text NOT NULL,
    published_at  timestamptz NULL,
    indexed_at    timestamptz NOT NULL,
    -- Paragraphs as flat [start, end, start, end, ...] offsets into body.
    paragraphs    integer[] NOT NULL DEFAULT '{}',
    search        tsvector GENERATED ALWAYS AS (
                      to_tsvector('simple', coalesce(headline, dateline, '') || ' ' || body)) STORED
);

CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_search ON articles USING gin (search);
CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_indexed_at ON articles (indexed_at);

CREATE TABLE quotes (
    article_id       text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal          integer NOT NULL,
    body             text NOT NULL,
    speaker          text NOT NULL,
    -- Lower-cased by the application (invariant culture), so lookups do not depend on the database locale.
    speaker_key      text NOT NULL,
    kind             text NOT NULL,
    start_offset     integer NOT NULL,
    end_offset       integer NOT NULL,
    cue              text NULL,
    speaker_mention  text NULL,
    search           tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED,
    PRIMARY KEY (article_id, ordinal)
);

CREATE INDEX quotes_speaker_key ON quotes (speaker_key);
CREATE INDEX quotes_search ON quotes USING gin (search);

CREATE TABLE people (
    article_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal     integer NOT NULL,
    name        text NOT NULL,
    name_key    text NOT NULL,
    kind        text NOT NULL,
    aliases     text[] NOT NULL DEFAULT '{}',
    roles       text[] NOT NULL DEFAULT '{}',
    -- Every lower-cased form a user may ask by: name, its trailing words (surname), aliases, roles.
    lookup_keys text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (article_id, ordinal)
);

CREATE INDEX people_name_key ON people (name_key);
CREATE INDEX people_lookup_keys ON people USING gin (lookup_keys);
