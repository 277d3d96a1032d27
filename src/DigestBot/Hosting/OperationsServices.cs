using DigestBot.Core.Delivery;
using DigestBot.Core.Diagnostics;
using DigestBot.Core.Ingestion;
using DigestBot.Discord.Configuration;
using DigestBot.Host.Hosting.Readiness;
using DigestBot.Host.Hosting.Validation;
using DigestBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Hosting;

/// <summary>What running as a service needs: start-up checks, readiness checks, metered delivery, a bounded graceful shutdown.</summary>
internal static class OperationsServices
{
    /// <summary>Default for "Host:ShutdownTimeout": below the 10 s a container runtime waits before SIGKILL.</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(8);

    /// <summary>Adds the start-up validators and the built-in readiness checks; call before the hosted services are added.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHostedService<DatabaseFlushService>();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = configuration.GetValue("Host:ShutdownTimeout", DefaultShutdownTimeout));

        services.AddOptions<StoragePathOptions>().Bind(configuration.GetSection(StoragePathOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StoragePathOptions>, StoragePathValidator>();
        services.AddSingleton<IValidateOptions<IngestionOptions>, IngestionFoldersValidator>();

        services.AddSingleton<ReadinessReport>();
        services.AddSingleton<IReadinessCheck, DatabaseReadinessCheck>();
        services.AddSingleton<IReadinessCheck, IndexReadinessCheck>();
        if (configuration.GetSection(DiscordOptions.SectionName).Get<DiscordOptions>() is { IsEnabled: true })
        {
            services.AddSingleton<IReadinessCheck, DiscordReadinessCheck>();
        }

        if (configuration.GetSection(SlackOptions.SectionName).Get<SlackOptions>() is { HasAnyCredential: true })
        {
            services.AddSingleton<IReadinessCheck, SlackReadinessCheck>();
        }

        return services;
    }

    /// <summary>Wraps every registered <see cref="IChatPlatform"/> in a <see cref="MeteredChatPlatform"/>; call after the adapters are added.</summary>
    public static IServiceCollection AddMeteredChatPlatforms(this IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(IChatPlatform) || descriptor.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Describe(
                typeof(IChatPlatform),
                provider => new MeteredChatPlatform(Create(provider, descriptor)),
                descriptor.Lifetime);
        }

        return services;
    }

    private static IChatPlatform Create(IServiceProvider provider, ServiceDescriptor descriptor) => (IChatPlatform)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
