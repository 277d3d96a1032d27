using DigestBot.Core.Coordination;
using DigestBot.Postgres.Schema;
using DigestBot.StoreContract;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigestBot.Postgres.Tests.Coordination;

/// <summary>The coordination contract's PostgreSQL side: one database for the class, emptied per test; replicas are separate service providers.</summary>
public sealed class PostgresCoordinationFixture : ICoordinationStoreFixture, IAsyncLifetime
{
    private readonly List<ServiceProvider> _providers = [];
    private string? _connectionString;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        _connectionString = await PostgresTestServer.CreateDatabaseAsync(timeout.Token);
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await PostgresTestServer.DropDatabaseAsync(_connectionString, timeout.Token);
        }
    }

    public async Task<(IEventLedger Ledger, ILeaseStore Leases)> CreateCoordinationStoresAsync(CancellationToken cancellationToken)
    {
        var replica = OpenSecondReplica();
        await _providers[^1].GetRequiredService<PostgresMigrator>().EnsureMigratedAsync(cancellationToken);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var truncate = new NpgsqlCommand("TRUNCATE inbound_events, leases", connection);
        await truncate.ExecuteNonQueryAsync(cancellationToken);
        return replica;
    }

    public (IEventLedger Ledger, ILeaseStore Leases) OpenSecondReplica()
    {
        var provider = PostgresStoreFixture.BuildServices(_connectionString ?? throw new InvalidOperationException("Created in InitializeAsync."));
        _providers.Add(provider);
        return (provider.GetRequiredService<IEventLedger>(), provider.GetRequiredService<ILeaseStore>());
    }
}
