using DigestBot.StoreContract;

namespace DigestBot.Postgres.Tests;

/// <summary>The digest store contract on a real PostgreSQL database.</summary>
public sealed class PostgresDigestStoreTests(PostgresDigestStoreFixture fixture)
    : DigestStoreContract<PostgresDigestStoreFixture>(fixture), IClassFixture<PostgresDigestStoreFixture>;
