using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests.Digests;

/// <summary>The digest subscription contract on a real SQLite file.</summary>
public sealed class SqliteSubscriptionStoreTests(SqliteDigestStoreFixture fixture)
    : SubscriptionStoreContract<SqliteDigestStoreFixture>(fixture), IClassFixture<SqliteDigestStoreFixture>;
