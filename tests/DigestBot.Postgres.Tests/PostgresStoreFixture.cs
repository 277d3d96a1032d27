using DigestBot.Core.Storage;
using DigestBot.Postgres.Schema;
using DigestBot.StoreContract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Postgres.Tests;

/// <summary>A fresh PostgreSQL database for one test class, wired with <c>AddPostgresStore</c> as the host does, dropped afterwards.</summary>
public sealed class PostgresStoreFixture : PostgresDatabaseFixture, IStoreFixture
{
    private ServiceProvider? _services;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _services = Own(BuildServices(ConnectionString));
    }

    public async Task<IArticleStore> CreateEmptyStoreAsync(CancellationToken cancellationToken)
    {
        var services = _services ?? throw new InvalidOperationException("The database is created in InitializeAsync.");
        await services.GetRequiredService<PostgresMigrator>().EnsureMigratedAsync(cancellationToken);
        await TruncateAsync("articles CASCADE", cancellationToken);
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
