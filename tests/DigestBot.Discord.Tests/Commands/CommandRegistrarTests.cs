using System.Text.Json;
using DigestBot.Discord.Commands;
using DigestBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Discord.Tests.Commands;

public sealed class CommandRegistrarTests : IAsyncLifetime
{
    private readonly string _stateDirectory = Path.Combine(Path.GetTempPath(), "digestbot-discord-" + Guid.NewGuid().ToString("N"));
    private FakeDiscordServer _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        if (Directory.Exists(_stateDirectory))
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Register_FirstTimeThenUnchanged_PutOnce()
    {
        _discord.Respond((_, _) => new FakeResponse(200, "[]"));

        Assert.True(await RegisterAsync(guildId: null));
        Assert.True(await RegisterAsync(guildId: null));

        var request = Assert.Single(_discord.Requests);
        Assert.Equal(("PUT", "/api/v10/applications/111/commands"), (request.Method, request.Path));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(["ask", "quotes", "search", "digest", "sources", "help"], body.RootElement.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.True(File.Exists(Path.Combine(_stateDirectory, CommandRegistrar.StateFileName)));
    }

    [Fact]
    public async Task Register_GuildChanged_RegistersAgainInGuild()
    {
        _discord.Respond((_, _) => new FakeResponse(200, "[]"));

        await RegisterAsync(guildId: null);
        await RegisterAsync(guildId: "777");

        Assert.Equal(["/api/v10/applications/111/commands", "/api/v10/applications/111/guilds/777/commands"], _discord.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Register_Rejected_NoStateWrittenAndRetriedNextStart()
    {
        _discord.Respond((_, n) => n == 0 ? new FakeResponse(400, "{\"message\":\"Invalid Form Body\",\"code\":50035}") : new FakeResponse(200, "[]"));

        Assert.False(await RegisterAsync(guildId: null));
        Assert.False(File.Exists(Path.Combine(_stateDirectory, CommandRegistrar.StateFileName)));
        Assert.True(await RegisterAsync(guildId: null));

        Assert.Equal(2, _discord.Requests.Count);
    }

    [Fact]
    public void AddDiscord_RegisterCommandsTrue_RegistrarHosted()
    {
        using var services = Services(guildId: null);

        var hosted = services.GetServices<IHostedService>();

        Assert.Contains(hosted, h => h is CommandRegistrar);
    }

    private async Task<bool> RegisterAsync(string? guildId)
    {
        await using var services = Services(guildId);
        var registrar = services.GetServices<IHostedService>().OfType<CommandRegistrar>().Single();
        return await registrar.RegisterAsync(CancellationToken.None);
    }

    private ServiceProvider Services(string? guildId) => DiscordServices.Build(_discord.BaseUrl, new Dictionary<string, string?>
    {
        ["Discord:ApplicationId"] = "111",
        ["Discord:GuildId"] = guildId,
        ["Discord:RegisterCommands"] = "true",
        ["Discord:StateDirectory"] = _stateDirectory,
    });
}
