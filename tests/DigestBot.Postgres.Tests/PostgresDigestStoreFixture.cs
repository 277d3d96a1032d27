using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;
using DigestBot.Postgres.Digests;
using DigestBot.Postgres.Schema;
using DigestBot.StoreContract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Postgres.Tests;

/// <summary>The digest contract's PostgreSQL side: one database per test class, emptied per test; a "second replica" is a second container with its own pool.</summary>
public sealed class PostgresDigestStoreFixture : PostgresDatabaseFixture, IDigestStoreFixture
{
    public async Task<DigestStores> CreateEmptyAsync(CancellationToken cancellationToken)
    {
        var provider = Open();
        await provider.GetRequiredService<PostgresMigrator>().EnsureMigratedAsync(cancellationToken);
        await TruncateAsync("digest_subscriptions, digest_outbox RESTART IDENTITY", cancellationToken);
        return Stores(provider);
    }

    public Task<DigestStores> OpenAnotherAsync(CancellationToken cancellationToken) => Task.FromResult(Stores(Open()));

    private static DigestStores Stores(ServiceProvider provider) =>
        new(provider.GetRequiredService<ISubscriptionStore>(), provider.GetRequiredService<IDigestOutbox>());

    private ServiceProvider Open()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPostgresDigests(configuration);
        return Own(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }
}
