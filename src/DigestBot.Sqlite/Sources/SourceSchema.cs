namespace DigestBot.Sqlite.Sources;

/// <summary>The feed tables: sources added from chat and every feed's poll state (migration 3).</summary>
internal static class SourceSchema
{
    /// <summary>Migration 3's statements. Times are Unix milliseconds; interval is milliseconds.</summary>
    public const string Sql =
        """
        CREATE TABLE feed_sources (
            url TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            interval_ms INTEGER NULL,
            added_by TEXT NOT NULL,
            added_in TEXT NOT NULL,
            added_at INTEGER NOT NULL
        );

        -- One row per feed ever polled, configured or chat-added; keyed by the feed's absolute URL.
        CREATE TABLE feed_state (
            url TEXT PRIMARY KEY,
            etag TEXT NULL,
            last_modified INTEGER NULL,
            last_fetch_at INTEGER NULL,
            items_last_fetched INTEGER NOT NULL DEFAULT 0,
            new_items INTEGER NOT NULL DEFAULT 0,
            updated_items INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NULL,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_poll_at INTEGER NULL
        );
        """;
}
