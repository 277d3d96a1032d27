using DigestBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Discord.Tests.Support;

/// <summary>AddDiscord in a plain service provider, pointed at a fake or mock Discord.</summary>
internal static class DiscordServices
{
    public static ServiceProvider Build(string apiBaseUrl, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:ApiBaseUrl"] = apiBaseUrl,
            ["Discord:BotToken"] = "test-token",
            ["Discord:Mode"] = "Gateway",
            ["Discord:MaxRateLimitWait"] = "00:00:05",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var services = new ServiceCollection();
        services.AddDiscord(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static DiscordRestClient Rest(this ServiceProvider services) => services.GetRequiredService<DiscordRestClient>();
}
