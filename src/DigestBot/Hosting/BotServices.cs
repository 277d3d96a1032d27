using DigestBot.Core.Answers;
using DigestBot.Core.Articles;
using DigestBot.Core.Chat;
using DigestBot.Core.Coordination;
using DigestBot.Core.Ingestion;
using DigestBot.Feeds;
using DigestBot.Host.Digests;
using DigestBot.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigestBot.Host.Hosting;

/// <summary>Registers the services every way of running the bot needs: options, store, quote engine, indexer, answerer.</summary>
internal static class BotServices
{
    /// <summary>Adds the core services, the SQLite store and validated ingestion options.</summary>
    public static IServiceCollection AddDigestBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IngestionOptions>()
            .Configure(o => configuration.GetSection(IngestionOptions.SectionName).Bind(o))
            .ValidateDataAnnotations()
            .Validate(o => o.Folders.All(f => !string.IsNullOrWhiteSpace(f)), "Ingestion:Folders must not contain empty entries.")
            .ValidateOnStart();

        services.AddArticleStore(configuration);
        services.AddLeases(o => configuration.GetSection(LeaseOptions.SectionName).Bind(o));
        services.AddFeeds(configuration);
        services.AddQuoteEngine();
        services.TryAddSingleton<ArticleParser>();
        services.TryAddSingleton<ArticleIndexer>();
        services.TryAddSingleton<QuestionParser>();
        services.TryAddSingleton<IQuestionAnswerer, QuestionAnswerer>();
        services.AddDigests(configuration);
        services.TryAddSingleton<IChatCommandHandler, ChatCommandHandler>();
        return services;
    }
}
