-- Speaker questions ("what did X say?", "who is X?") at 100k articles read every people row of every candidate name,
-- visited one heap page per statement to count them, and sorted all of a speaker's statements joined to their
-- articles to keep the newest 100 (docs/performance.md, "a. on PostgreSQL"). Indexes for each:
-- - people by name_key carrying what a profile needs (an index-only scan per candidate name);
-- - statements by speaker_key, newest first, carrying the article id: the counts are an index-only scan and the
--   newest N an index range scan. For that a statement keeps its article's date (published_at, else indexed_at),
--   written with it; statements are rewritten whenever their article changes, so the copy cannot go stale.
-- The narrower indexes they replace are dropped.

CREATE INDEX IF NOT EXISTS people_name_key_profile ON people (name_key) INCLUDE (article_id, ordinal, name, kind, aliases, roles);
DROP INDEX IF EXISTS people_name_key;

ALTER TABLE quotes ADD COLUMN IF NOT EXISTS said_at timestamptz NULL;
UPDATE quotes q SET said_at = coalesce(a.published_at, a.indexed_at) FROM articles a WHERE a.id = q.article_id;
ALTER TABLE quotes ALTER COLUMN said_at SET NOT NULL;

CREATE INDEX IF NOT EXISTS quotes_speaker_key_said_at ON quotes (speaker_key, said_at DESC, article_id, ordinal);
DROP INDEX IF EXISTS quotes_speaker_key;
