namespace DigestBot.Sqlite.Digests;

/// <summary>The digest tables: subscriptions and the delivery outbox (migration 2).</summary>
internal static class DigestSchema
{
    /// <summary>Migration 2's statements.</summary>
    public const string Sql =
        """
        CREATE TABLE digest_subscriptions (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL COLLATE NOCASE,
            channel_id TEXT NOT NULL,
            time_of_day TEXT NULL,
            cron TEXT NULL,
            time_zone TEXT NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            disabled_reason TEXT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (platform, channel_id),
            CHECK ((time_of_day IS NULL) <> (cron IS NULL))
        );

        -- One row per (subscription, scheduled fire time), written before the post; key is unique.
        CREATE TABLE digest_outbox (
            key TEXT PRIMARY KEY,
            subscription_id INTEGER NOT NULL,
            fire_time INTEGER NOT NULL,
            since INTEGER NOT NULL,
            until INTEGER NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            message_id TEXT NULL,
            reason TEXT NULL,
            payload TEXT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (subscription_id, fire_time)
        );
        CREATE INDEX ix_digest_outbox_status ON digest_outbox(status, fire_time);
        CREATE INDEX ix_digest_outbox_subscription ON digest_outbox(subscription_id, fire_time);
        """;
}
