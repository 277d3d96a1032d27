using DigestBot.StoreContract;

namespace DigestBot.Postgres.Tests;

/// <summary>The source store contract on a real PostgreSQL database.</summary>
public sealed class PostgresSourceStoreTests(PostgresSourceStoreFixture fixture)
    : SourceStoreContract<PostgresSourceStoreFixture>(fixture), IClassFixture<PostgresSourceStoreFixture>;
