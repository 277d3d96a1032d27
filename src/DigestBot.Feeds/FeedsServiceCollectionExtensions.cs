using System.Net;
using DigestBot.Core.Articles;
using DigestBot.Core.Chat;
using DigestBot.Feeds.Chat;
using DigestBot.Feeds.Fetching;
using DigestBot.Feeds.Ingestion;
using DigestBot.Feeds.Inspection;
using DigestBot.Feeds.Polling;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds;

/// <summary>Registers feed parsing, fetching and polling.</summary>
public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the feed services, bound from the <c>Sources</c> section and validated on start, and the /sources chat
    /// commands. The host also registers an <see cref="Core.Sources.ISourceStore"/> (the SQLite or PostgreSQL store does).
    /// </summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SourcesOptions>()
            .Configure(options => SourcesBinding.Bind(configuration.GetSection(SourcesOptions.SectionName), options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>());
        services.TryAddSingleton<GuardedConnector>();
        services.TryAddSingleton<FeedInspector>();
        services.TryAddSingleton<ArticleParser>();
        services.TryAddSingleton<SourceCatalog>();
        services.TryAddSingleton<PollerWakeup>();
        services.TryAddSingleton<FetchSlots>();
        services.TryAddSingleton<FeedIngestor>();
        services.TryAddSingleton<SourceListFormatter>();
        services.TryAddSingleton<ISourceCommands, SourceCommands>();
        services.AddHttpClient<FeedFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectCallback = provider.GetRequiredService<GuardedConnector>().ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                UseCookies = false,
            });
        return services;
    }

    /// <summary>Adds the hosted poller that ingests every configured feed on its interval (for the long-running host).</summary>
    public static IServiceCollection AddFeedPolling(this IServiceCollection services)
    {
        services.AddHostedService<FeedPoller>();
        return services;
    }
}
