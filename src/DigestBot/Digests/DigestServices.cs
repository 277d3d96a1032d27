using DigestBot.Core.Chat;
using DigestBot.Core.Delivery;
using DigestBot.Core.Diagnostics;
using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;
using DigestBot.Core.Summaries;
using DigestBot.Host.Hosting.Readiness;
using DigestBot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Host.Digests;

/// <summary>Registers the digest builder, subscriptions, outbox, console platform and the Quartz schedule.</summary>
internal static class DigestServices
{
    /// <summary>Everything a command needs to build, post and manage digests (no scheduler running).</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>()
            .Configure(o => configuration.GetSection(DigestOptions.SectionName).Bind(o))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.AddDigestStores(configuration);
        services.TryAddSingleton<ExtractiveSummarizer>();
        services.TryAddSingleton<SummaryBatchRunner>();
        services.TryAddSingleton<StoryClusterer>();
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton<DigestSender>();
        services.TryAddSingleton<DigestRunner>();
        services.TryAddSingleton<DigestCatchUp>();
        services.TryAddSingleton<IDigestSchedule, QuartzDigestSchedule>();
        services.TryAddSingleton<IDigestCommands, DigestCommands>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatPlatform, ConsoleChatPlatform>(_ => new ConsoleChatPlatform()));
        services.AddQuartz(quartz => QuartzClustering.Configure(quartz, configuration));
        return services;
    }

    /// <summary>The running schedule for "serve": the startup catch-up and Quartz's hosted scheduler.</summary>
    public static IServiceCollection AddDigestScheduling(this IServiceCollection services)
    {
        services.AddHostedService<DigestStartup>();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<IReadinessCheck, SchedulerReadinessCheck>();
        return services;
    }
}
