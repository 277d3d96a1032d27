using DigestBot.StoreContract;

namespace DigestBot.Postgres.Tests;

/// <summary>The store contract's write tests on a real PostgreSQL database.</summary>
public sealed class PostgresStoreWriteTests(PostgresStoreFixture fixture)
    : ArticleStoreWriteContract<PostgresStoreFixture>(fixture), IClassFixture<PostgresStoreFixture>;
