using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigestBot.Postgres.Digests;

/// <summary>Registers the PostgreSQL digest subscription store and delivery outbox.</summary>
public static class PostgresDigestServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ISubscriptionStore"/> and <see cref="IDigestOutbox"/> on the same database as the article store.</summary>
    public static IServiceCollection AddPostgresDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddPostgresStore(configuration);
        services.TryAddSingleton<DigestSql>();
        services.TryAddSingleton<ISubscriptionStore, PostgresSubscriptionStore>();
        services.TryAddSingleton<IDigestOutbox, PostgresDigestOutbox>();
        return services;
    }
}
