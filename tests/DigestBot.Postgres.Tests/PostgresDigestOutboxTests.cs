using DigestBot.StoreContract;

namespace DigestBot.Postgres.Tests;

/// <summary>The delivery outbox contract on a real PostgreSQL database.</summary>
public sealed class PostgresDigestOutboxTests(PostgresDigestStoreFixture fixture)
    : DigestOutboxContract<PostgresDigestStoreFixture>(fixture), IClassFixture<PostgresDigestStoreFixture>;
