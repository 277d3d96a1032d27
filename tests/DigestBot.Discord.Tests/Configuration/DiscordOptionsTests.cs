using DigestBot.Core.Delivery;
using DigestBot.Discord.Configuration;
using DigestBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Tests.Configuration;

public sealed class DiscordOptionsTests
{
    private const string Key = "3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29";

    [Fact]
    public void AddDiscord_ShippedAppSettings_BindsAndValidates()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(RepoPaths.InRoot("appsettings.json")).Build();
        using var services = new ServiceCollection().AddDiscord(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal("https://discord.com/api/v10/", options.ApiBaseUrl);
        Assert.Null(options.BotToken);
    }

    [Fact]
    public void AddDiscord_NoTokenNoKey_DisabledNoticeAndNoDeliveryPort()
    {
        using var services = Build([]);

        var hosted = services.GetServices<IHostedService>().ToList();

        Assert.Equal("DisabledNotice", Assert.Single(hosted).GetType().Name);
        Assert.Null(services.GetService<IChatPlatform>());
    }

    [Fact]
    public void AddDiscord_PublicKeySet_DeliveryPortAndReplyWorker()
    {
        using var services = Build(new() { ["Discord:PublicKey"] = Key });

        var hosted = services.GetServices<IHostedService>().Select(h => h.GetType().Name).ToList();

        Assert.Equal("discord", services.GetRequiredService<IChatPlatform>().Name);
        Assert.Contains("ReplyWorker", hosted);
        Assert.DoesNotContain("DisabledNotice", hosted);
    }

    [Theory]
    [InlineData("Discord:PublicKey", "abc", "Discord:PublicKey")]
    [InlineData("Discord:ApiBaseUrl", "https://discord.com/api/v10", "Discord:ApiBaseUrl")]
    [InlineData("Discord:ApplicationId", "my-app", "Discord:ApplicationId")]
    [InlineData("Discord:Mode", "Gateway", "Discord__BotToken")]
    [InlineData("Discord:RegisterCommands", "true", "Discord:ApplicationId")]
    [InlineData("Discord:GatewayUrl", "http://127.0.0.1:1/", "Discord:GatewayUrl")]
    [InlineData("Discord:DeferAfter", "00:00:05", "Discord:DeferAfter")]
    public void Options_BadValue_FailsNamingTheKey(string key, string value, string named)
    {
        using var services = Build(new() { ["Discord:PublicKey"] = Key, [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddDiscord(configuration).BuildServiceProvider();
    }
}
