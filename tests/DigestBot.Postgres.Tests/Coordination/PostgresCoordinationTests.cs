using DigestBot.StoreContract;

namespace DigestBot.Postgres.Tests.Coordination;

/// <summary>The coordination contract (event ledger, leases) on a real PostgreSQL server, two replicas on one database.</summary>
public sealed class PostgresCoordinationTests(PostgresCoordinationFixture fixture)
    : CoordinationStoreContract<PostgresCoordinationFixture>(fixture), IClassFixture<PostgresCoordinationFixture>;
