namespace DigestBot.Sqlite.Coordination;

/// <summary>The tables replicas coordinate through: inbound event ids and connection leases (migration 4).</summary>
internal static class CoordinationSchema
{
    /// <summary>Migration 4's statements. Times are Unix milliseconds.</summary>
    public const string Sql =
        """
        CREATE TABLE inbound_events (
            scope TEXT NOT NULL,
            event_id TEXT NOT NULL,
            expires_at INTEGER NOT NULL,
            PRIMARY KEY (scope, event_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_inbound_events_expires ON inbound_events(expires_at);

        CREATE TABLE leases (
            name TEXT PRIMARY KEY,
            holder TEXT NOT NULL,
            acquired_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;
}
