-- What replicas coordinate through, besides Quartz: inbound event ids seen (Slack event_id dedupe across replicas)
-- and connection leases (one replica holds the Discord gateway or the Slack Socket Mode connection at a time).
-- Expiry is judged by the database's clock, so replicas with skewed clocks still agree.
CREATE TABLE IF NOT EXISTS inbound_events (
    scope text NOT NULL,
    event_id text NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (scope, event_id)
);
CREATE INDEX IF NOT EXISTS ix_inbound_events_expires ON inbound_events (expires_at);

CREATE TABLE IF NOT EXISTS leases (
    name text PRIMARY KEY,
    holder text NOT NULL,
    acquired_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
