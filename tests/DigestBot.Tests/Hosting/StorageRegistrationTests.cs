using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;
using DigestBot.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Hosting;

public sealed class StorageRegistrationTests
{
    [Theory]
    [InlineData(null, "SqliteSubscriptionStore", "SqliteDigestOutbox")]
    [InlineData("Sqlite", "SqliteSubscriptionStore", "SqliteDigestOutbox")]
    [InlineData("Postgres", "PostgresSubscriptionStore", "PostgresDigestOutbox")]
    public async Task AddDigestStores_Provider_RegistersThatStoresSubscriptionsAndOutbox(string? provider, string subscriptions, string outbox)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Database=unused",
        }).Build();
        var services = new ServiceCollection().AddLogging();

        services.AddDigestStores(configuration);

        await using var provided = services.BuildServiceProvider();
        Assert.Equal(subscriptions, provided.GetRequiredService<ISubscriptionStore>().GetType().Name);
        Assert.Equal(outbox, provided.GetRequiredService<IDigestOutbox>().GetType().Name);
    }

    [Fact]
    public void AddDigestStores_UnknownProvider_FailsNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Mongo" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddDigestStores(configuration));

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mongo", error.Message, StringComparison.Ordinal);
    }
}
