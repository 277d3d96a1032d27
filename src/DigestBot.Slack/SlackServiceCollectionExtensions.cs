using DigestBot.Core.Coordination;
using DigestBot.Core.Delivery;
using DigestBot.Slack.Api;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Delivery;
using DigestBot.Slack.Inbound;
using DigestBot.Slack.Signing;
using DigestBot.Slack.SocketMode;
using DigestBot.Slack.Work;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Slack adapter.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>Adds the Slack adapter; it stays off (and its endpoints answer 401) until credentials are set.</summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // Shared through the database when a store provides a ledger (replicas), else remembered in this process.
        services.TryAddSingleton<IEventDeduplicator>(sp => sp.GetService<IEventLedger>() is { } ledger
            ? new LedgerEventDeduplicator(ledger)
            : new MemoryEventDeduplicator(sp.GetRequiredService<TimeProvider>()));
        services.AddLeases();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackCommandMap>();
        services.AddSingleton<SlackWorkQueue>();
        services.AddSingleton<SlackIdentity>();
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<SlackInbound>();
        services.AddHttpClient<SlackApiClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
                http.BaseAddress = new Uri(options.ApiBaseUrl);
                http.Timeout = options.RequestTimeout;
            })
            // Long-lived services hold this client, so connections are recycled by the handler instead.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp => new SlackChatPlatform(
            sp.GetRequiredService<SlackApiClient>(),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<ILogger<SlackChatPlatform>>()));
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<SlackChatPlatform>());
        services.AddHostedService<SlackStartupService>();
        services.AddHostedService<SlackWorkProcessor>();
        services.AddSingleton<SocketEnvelopeHandler>();
        services.AddHostedService<SocketModeService>();
        return services;
    }
}
