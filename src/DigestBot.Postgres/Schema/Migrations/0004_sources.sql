-- News feeds added from chat (configured feeds stay in appsettings.json) and every feed's poll state, so a restart
-- or another replica sends conditional GETs and keeps each failing feed's backoff.

CREATE TABLE feed_sources (
    url        text PRIMARY KEY,
    name       text NOT NULL,
    -- Poll interval; NULL means Sources:DefaultInterval.
    interval   interval NULL,
    added_by   text NOT NULL,
    added_in   text NOT NULL,
    added_at   timestamptz NOT NULL
);

CREATE TABLE feed_state (
    url                   text PRIMARY KEY,
    etag                  text NULL,
    last_modified         timestamptz NULL,
    last_fetch_at         timestamptz NULL,
    items_last_fetched    integer NOT NULL DEFAULT 0,
    new_items             integer NOT NULL DEFAULT 0,
    updated_items         integer NOT NULL DEFAULT 0,
    last_error            text NULL,
    consecutive_failures  integer NOT NULL DEFAULT 0,
    next_poll_at          timestamptz NULL
);
