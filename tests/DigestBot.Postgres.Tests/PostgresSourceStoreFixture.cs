using DigestBot.Core.Sources;
using DigestBot.Postgres.Schema;
using DigestBot.StoreContract;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigestBot.Postgres.Tests;

/// <summary>The source store contract's PostgreSQL side: one fresh database per test class, emptied before each test.</summary>
public sealed class PostgresSourceStoreFixture : ISourceStoreFixture, IAsyncLifetime
{
    private readonly List<ServiceProvider> _services = [];
    private string? _connectionString;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        _connectionString = await PostgresTestServer.CreateDatabaseAsync(timeout.Token);
    }

    public async Task DisposeAsync()
    {
        foreach (var services in _services)
        {
            await services.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await PostgresTestServer.DropDatabaseAsync(_connectionString, timeout.Token);
        }
    }

    public async Task<ISourceStore> CreateEmptySourceStoreAsync(CancellationToken cancellationToken)
    {
        var store = await ReopenSourceStoreAsync(cancellationToken);
        await _services[^1].GetRequiredService<PostgresMigrator>().EnsureMigratedAsync(cancellationToken);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var truncate = new NpgsqlCommand("TRUNCATE feed_sources, feed_state", connection);
        await truncate.ExecuteNonQueryAsync(cancellationToken);
        return store;
    }

    // A new service provider is a new pool and a new migrator, as another process would have.
    public Task<ISourceStore> ReopenSourceStoreAsync(CancellationToken cancellationToken)
    {
        var services = PostgresStoreFixture.BuildServices(_connectionString ?? throw new InvalidOperationException("The database is created in InitializeAsync."));
        _services.Add(services);
        return Task.FromResult(services.GetRequiredService<ISourceStore>());
    }
}
