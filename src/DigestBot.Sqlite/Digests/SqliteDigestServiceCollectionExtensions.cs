using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigestBot.Sqlite.Digests;

/// <summary>Registers the SQLite digest subscription store and delivery outbox.</summary>
public static class SqliteDigestServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ISubscriptionStore"/> and <see cref="IDigestOutbox"/> on the same database file as the article store.</summary>
    public static IServiceCollection AddSqliteDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSqliteStore(configuration);
        services.TryAddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.TryAddSingleton<IDigestOutbox, SqliteDigestOutbox>();
        return services;
    }
}
