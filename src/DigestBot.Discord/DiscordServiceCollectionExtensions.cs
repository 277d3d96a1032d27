using System.Reflection;
using DigestBot.Core.Delivery;
using DigestBot.Discord.Commands;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Delivery;
using DigestBot.Discord.Gateway;
using DigestBot.Discord.Interactions;
using DigestBot.Discord.Rest;
using DigestBot.Discord.Signatures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord;

/// <summary>Registers the Discord adapter.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>Where the bot's source lives, for Discord's required User-Agent.</summary>
    public const string RepositoryUrl = "https://github.com/digestbot/digestbot";

    /// <summary>
    /// Binds and validates the "Discord" section and registers the interactions endpoint's services, the REST client,
    /// the digest delivery port, command registration and the gateway, as the settings ask. With neither a bot token
    /// nor a public key, nothing that connects is registered and a single log line says how to turn Discord on.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<InteractionSignatureVerifier>();
        services.TryAddSingleton<ReplyQueue>();
        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton<DiscordAdapterState>();
        services.TryAddSingleton<RateLimiter>();
        services.TryAddTransient<RateLimitHandler>();
        services.AddHttpClient<DiscordRestClient>((provider, http) =>
            {
                var settings = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
                http.BaseAddress = new Uri(settings.ApiBaseUrl);
                http.Timeout = TimeSpan.FromSeconds(60);
                http.DefaultRequestHeaders.UserAgent.Clear();
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
            })
            .AddHttpMessageHandler<RateLimitHandler>();

        var settings = section.Get<DiscordOptions>() ?? new DiscordOptions();
        if (!settings.IsEnabled)
        {
            services.AddHostedService<DisabledNotice>();
            return services;
        }

        services.AddHostedService<ReplyWorker>();
        services.AddSingleton<IChatPlatform, DiscordChatPlatform>();
        if (settings.UsesGateway)
        {
            services.TryAddSingleton(new GatewayTimings());
            services.AddSingleton<GatewayConnector>();
            services.AddSingleton<GatewayInteractions>();
            services.AddLeases();
            services.AddHostedService<GatewayService>();
        }

        if (settings.RegisterCommands)
        {
            services.AddHostedService<CommandRegistrar>();
        }

        return services;
    }

    /// <summary>"DiscordBot (url, version)", as Discord asks of every client.</summary>
    internal static string UserAgent { get; } = $"DiscordBot ({RepositoryUrl}, {Version})";

    private static string Version =>
        (typeof(DiscordServiceCollectionExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
            .Split('+')[0];
}
