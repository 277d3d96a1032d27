using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;
using DigestBot.Postgres.Digests;
using DigestBot.Postgres.Schema;
using DigestBot.StoreContract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigestBot.Postgres.Tests;

/// <summary>The digest contract's PostgreSQL side: one database per test class, emptied per test; a "second replica" is a second container with its own pool.</summary>
public sealed class PostgresDigestStoreFixture : IDigestStoreFixture, IAsyncLifetime
{
    private readonly List<ServiceProvider> _providers = [];
    private string? _connectionString;

    /// <summary>The test database's connection string.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

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

    public async Task<DigestStores> CreateEmptyAsync(CancellationToken cancellationToken)
    {
        var stores = Open();
        await _providers[^1].GetRequiredService<PostgresMigrator>().EnsureMigratedAsync(cancellationToken);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var truncate = new NpgsqlCommand("TRUNCATE digest_subscriptions, digest_outbox RESTART IDENTITY", connection);
        await truncate.ExecuteNonQueryAsync(cancellationToken);
        return stores;
    }

    public Task<DigestStores> OpenAnotherAsync(CancellationToken cancellationToken) => Task.FromResult(Open());

    private DigestStores Open()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = _connectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPostgresDigests(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _providers.Add(provider);
        return new DigestStores(provider.GetRequiredService<ISubscriptionStore>(), provider.GetRequiredService<IDigestOutbox>());
    }
}
