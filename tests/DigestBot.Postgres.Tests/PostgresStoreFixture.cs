using DigestBot.Core.Storage;
using DigestBot.Postgres.Schema;
using DigestBot.StoreContract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigestBot.Postgres.Tests;

/// <summary>A fresh PostgreSQL database for one test class, wired with <c>AddPostgresStore</c> as the host does, dropped afterwards.</summary>
public sealed class PostgresStoreFixture : IStoreFixture, IAsyncLifetime
{
    private string? _connectionString;
    private ServiceProvider? _services;

    /// <summary>The test database's connection string.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        _connectionString = await PostgresTestServer.CreateDatabaseAsync(timeout.Token);
        _services = BuildServices(_connectionString);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await PostgresTestServer.DropDatabaseAsync(_connectionString, timeout.Token);
        }
    }

    public async Task<IArticleStore> CreateEmptyStoreAsync(CancellationToken cancellationToken)
    {
        var services = _services ?? throw new InvalidOperationException("The database is created in InitializeAsync.");
        await services.GetRequiredService<PostgresMigrator>().EnsureMigratedAsync(cancellationToken);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var truncate = new NpgsqlCommand("TRUNCATE articles CASCADE", connection);
        await truncate.ExecuteNonQueryAsync(cancellationToken);
        return services.GetRequiredService<IArticleStore>();
    }

    public async Task<int> ApplyMigrationsAgainAsync(CancellationToken cancellationToken)
    {
        // A second migrator, as a second replica starting would have.
        await using var other = BuildServices(ConnectionString);
        return await other.GetRequiredService<PostgresMigrator>().MigrateAsync(cancellationToken);
    }

    /// <summary>Services as a host registers them, pointed at <paramref name="connectionString"/>.</summary>
    public static ServiceProvider BuildServices(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = connectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPostgresStore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
