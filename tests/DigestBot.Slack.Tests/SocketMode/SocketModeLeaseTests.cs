using DigestBot.Core.Chat;
using DigestBot.Core.Coordination;
using DigestBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DigestBot.Slack.Tests.SocketMode;

/// <summary>Two replicas in Socket Mode sharing one lease store: one connection at a time, and a standby takes over.</summary>
public sealed class SocketModeLeaseTests : IAsyncLifetime
{
    private readonly InProcessLeaseStore _leases = new(TimeProvider.System);
    private FakeSlackApi _slack = null!;
    private FakeSocketModeServer _server = null!;
    private SlackTestHost? _replicaA;
    private SlackTestHost? _replicaB;

    public async Task InitializeAsync() => (_slack, _server) = await FakeSocketModeServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in new[] { _replicaA, _replicaB })
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }

        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Start_TwoReplicas_OnlyTheLeaseHolderConnectsAndTheOtherTakesOverWhenItStops()
    {
        _replicaA = await StartReplicaAsync();
        var first = await _server.NextSessionAsync();
        _replicaB = await StartReplicaAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var opensWhileAHeld = _slack.CallsTo("apps.connections.open").Count;

        await _replicaA.DisposeAsync();
        _replicaA = null;
        var second = await _server.NextSessionAsync();

        Assert.Equal(1, first.Number);
        Assert.Equal(1, opensWhileAHeld);
        Assert.Equal(2, second.Number);
        Assert.Equal(2, _slack.CallsTo("apps.connections.open").Count);
    }

    private async Task<SlackTestHost> StartReplicaAsync()
    {
        var host = await SlackTestHost.StartAsync(
            _slack,
            new Dictionary<string, string?>
            {
                ["Slack:Mode"] = "Socket",
                ["Slack:AppToken"] = FakeSlackApi.AppToken,
                ["Slack:SigningSecret"] = "",
            },
            services =>
            {
                services.AddSingleton<ILeaseStore>(_leases);
                services.Configure<LeaseOptions>(o => o.RetryEvery = TimeSpan.FromMilliseconds(200));
            });
        host.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ChatCommand c, CancellationToken _) => ChatReply.ForAnswer(Samples.Answer(Samples.Statement("Answer to " + c.Text))));
        return host;
    }
}
