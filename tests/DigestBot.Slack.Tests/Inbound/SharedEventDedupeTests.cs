using System.Net;
using DigestBot.Core.Chat;
using DigestBot.Core.Coordination;
using DigestBot.Slack.Api;
using DigestBot.Slack.Inbound;
using DigestBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DigestBot.Slack.Tests.Inbound;

/// <summary>Two replicas of the adapter behind one load balancer, sharing the store's event ledger.</summary>
public sealed class SharedEventDedupeTests : IAsyncLifetime
{
    private const string Json = "application/json";
    private readonly SharedEventLedger _ledger = new();
    private FakeSlackApi _slack = null!;
    private SlackTestHost _replicaA = null!;
    private SlackTestHost _replicaB = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _replicaA = await StartReplicaAsync();
        _replicaB = await StartReplicaAsync();
    }

    public async Task DisposeAsync()
    {
        await _replicaA.DisposeAsync();
        await _replicaB.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public void AddSlack_StoreProvidesALedger_DedupesThroughIt()
    {
        var deduplicator = _replicaA.App.Services.GetRequiredService<IEventDeduplicator>();

        Assert.IsType<LedgerEventDeduplicator>(deduplicator);
    }

    [Fact]
    public async Task Events_SameEventRetriedToTheOtherReplica_AnsweredOnce()
    {
        var body = SlackPayloads.Mention("EvTwoReplicas", "C21", "<@UBOT> what did Kallas say?");

        using var first = await _replicaA.PostSignedAsync("/slack/events", body, Json);
        using var retry = await _replicaB.PostSignedAsync("/slack/events", body, Json, retryNum: 1);
        using var sentinelA = await _replicaA.PostSignedAsync("/slack/events", SlackPayloads.Mention("EvSentinelA", "C22", "<@UBOT> done?"), Json);
        using var sentinelB = await _replicaB.PostSignedAsync("/slack/events", SlackPayloads.Mention("EvSentinelB", "C23", "<@UBOT> done?"), Json);
        await WaitForPostsToAsync("C22", "C23");

        Assert.All([first, retry], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(_slack.CallsTo("chat.postMessage"), c => c.Body["channel"]!.GetValue<string>() == "C21");
        Assert.Equal(3, _ledger.Records);
    }

    private async Task<SlackTestHost> StartReplicaAsync()
    {
        var host = await SlackTestHost.StartAsync(
            _slack, new Dictionary<string, string?> { ["Slack:Workers"] = "1" }, services => services.AddSingleton<IEventLedger>(_ledger));
        await host.App.Services.GetRequiredService<SlackIdentity>().Settled.WaitAsync(TimeSpan.FromSeconds(10));
        host.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ChatCommand c, CancellationToken _) => ChatReply.ForAnswer(Samples.Answer(Samples.Statement("Answer to " + c.Text))));
        return host;
    }

    private async Task WaitForPostsToAsync(params string[] channels)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!channels.All(ch => _slack.CallsTo("chat.postMessage").Any(c => c.Body["channel"]!.GetValue<string>() == ch)))
        {
            await Task.Delay(25, timeout.Token);
        }
    }
}
