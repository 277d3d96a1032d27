using DigestBot.Core.Coordination;
using DigestBot.Postgres.Schema;
using DigestBot.StoreContract;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Postgres.Tests.Coordination;

/// <summary>The coordination contract's PostgreSQL side: one database for the class, emptied per test; replicas are separate service providers.</summary>
public sealed class PostgresCoordinationFixture : PostgresDatabaseFixture, ICoordinationStoreFixture
{
    public async Task<(IEventLedger Ledger, ILeaseStore Leases)> CreateCoordinationStoresAsync(CancellationToken cancellationToken)
    {
        var provider = Open();
        await provider.GetRequiredService<PostgresMigrator>().EnsureMigratedAsync(cancellationToken);
        await TruncateAsync("inbound_events, leases", cancellationToken);
        return Stores(provider);
    }

    public (IEventLedger Ledger, ILeaseStore Leases) OpenSecondReplica() => Stores(Open());

    private static (IEventLedger Ledger, ILeaseStore Leases) Stores(ServiceProvider provider) =>
        (provider.GetRequiredService<IEventLedger>(), provider.GetRequiredService<ILeaseStore>());

    private ServiceProvider Open() => Own(PostgresStoreFixture.BuildServices(ConnectionString));
}
