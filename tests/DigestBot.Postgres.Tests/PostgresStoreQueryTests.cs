using DigestBot.StoreContract;

namespace DigestBot.Postgres.Tests;

/// <summary>The store contract's lookup tests on a real PostgreSQL database.</summary>
public sealed class PostgresStoreQueryTests(PostgresStoreFixture fixture)
    : ArticleStoreQueryContract<PostgresStoreFixture>(fixture), IClassFixture<PostgresStoreFixture>;
