using DigestBot.StoreContract;

namespace DigestBot.Postgres.Tests;

/// <summary>The digest subscription contract on a real PostgreSQL database.</summary>
public sealed class PostgresSubscriptionStoreTests(PostgresDigestStoreFixture fixture)
    : SubscriptionStoreContract<PostgresDigestStoreFixture>(fixture), IClassFixture<PostgresDigestStoreFixture>;
