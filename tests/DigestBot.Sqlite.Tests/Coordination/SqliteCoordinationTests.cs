using DigestBot.StoreContract;

namespace DigestBot.Sqlite.Tests.Coordination;

/// <summary>The coordination contract (event ledger, leases) on a real SQLite file shared by two connections.</summary>
public sealed class SqliteCoordinationTests(SqliteCoordinationFixture fixture)
    : CoordinationStoreContract<SqliteCoordinationFixture>(fixture), IClassFixture<SqliteCoordinationFixture>;
