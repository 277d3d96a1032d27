using DigestBot.Slack.Api;
using DigestBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Slack.Tests.Api;

public sealed class SlackStartupServiceTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private Task<SlackTestHost> StartAsync(Dictionary<string, string?>? settings = null) =>
        SlackTestHost.StartAsync(_slack, settings, services => services.AddLogging(b => b.AddProvider(_logs)));

    [Fact]
    public async Task Start_ValidToken_LogsWorkspaceAndBotAndLearnsTheBotUserId()
    {
        await using var host = await StartAsync();
        var identity = host.App.Services.GetRequiredService<SlackIdentity>();

        await identity.Settled.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(FakeSlackApi.BotUserId, identity.BotUserId);
        Assert.Contains(_logs.Lines, l => l.Id.Id == 6101 && l.Message.Contains("Test Team (T1)", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Message.Contains(FakeSlackApi.BotToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_RejectedToken_StopsLoudlyWithoutRetrying()
    {
        _slack.EnqueueError("auth.test", "invalid_auth");

        await using var host = await StartAsync();
        var identity = host.App.Services.GetRequiredService<SlackIdentity>();
        await identity.Settled.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("invalid_auth", identity.FatalError);
        Assert.Single(_slack.CallsTo("auth.test"));
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains("Slack__BotToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_NoCredentials_LogsOnceThatSlackIsDisabledAndWhichKeysEnableIt()
    {
        await using var host = await StartAsync(new() { ["Slack:SigningSecret"] = "", ["Slack:BotToken"] = "" });
        var startup = host.App.Services.GetServices<IHostedService>().OfType<SlackStartupService>().Single();
        await startup.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        var disabled = _logs.Lines.Where(l => l.Id.Id == 6100).ToList();

        var line = Assert.Single(disabled);
        Assert.Contains("Slack__BotToken", line.Message, StringComparison.Ordinal);
        Assert.Contains("Slack__SigningSecret", line.Message, StringComparison.Ordinal);
        Assert.Contains("Slack__AppToken", line.Message, StringComparison.Ordinal);
        Assert.Empty(_slack.Calls);
    }
}
