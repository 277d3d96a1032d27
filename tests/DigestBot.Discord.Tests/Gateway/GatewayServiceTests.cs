using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Core.Chat;
using DigestBot.Discord.Gateway;
using DigestBot.Discord.Rest;
using DigestBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;

namespace DigestBot.Discord.Tests.Gateway;

public sealed class GatewayServiceTests : IAsyncLifetime
{
    // Long enough that a loaded CI machine still ACKs in time; the zombie test withholds ACKs on purpose.
    private const int Interval = 400;
    private readonly Mock<IChatCommandHandler> _handler = new(MockBehavior.Strict);
    private FakeDiscordServer _rest = null!;
    private FakeGateway? _gateway;
    private ServiceProvider? _services;
    private List<IHostedService> _started = [];

    public async Task InitializeAsync() => _rest = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        foreach (var service in _started)
        {
            await service.StopAsync(stop.Token);
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task Connect_Hello_IdentifiesWithIntentsZeroAndHeartbeats()
    {
        var identified = new TaskCompletionSource<JsonElement?>();
        await StartAsync(async (c, n) =>
        {
            await c.HelloAsync(Interval);
            identified.TrySetResult(await c.ReceiveOpAsync(2));
            await c.ReadyAsync(_gateway!.Url + "/resume");
            await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(20));
        });

        var identify = (await identified.Task.WaitAsync(TimeSpan.FromSeconds(10)))!.Value.GetProperty("d");

        Assert.Equal("gw-token", identify.GetProperty("token").GetString());
        Assert.Equal(0, identify.GetProperty("intents").GetInt32());
        Assert.True(await Wait.UntilAsync(() => _gateway!.Connections[0].Heartbeats >= 3, TimeSpan.FromSeconds(10)));
        Assert.Single(_gateway!.Connections);
    }

    [Fact]
    public async Task Heartbeat_NoAck_ReconnectsAndResumes()
    {
        var resumed = new TaskCompletionSource<JsonElement?>();
        await StartAsync(async (c, n) =>
        {
            await c.HelloAsync(Interval);
            if (n == 0)
            {
                await c.ReceiveOpAsync(2);
                await c.ReadyAsync(_gateway!.Url + "/resume");
                await c.ServeUntilClosedAsync(ack: false, TimeSpan.FromSeconds(10));
                return;
            }

            resumed.TrySetResult(await c.ReceiveOpAsync(6));
            await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(20));
        });

        var resume = (await resumed.Task.WaitAsync(TimeSpan.FromSeconds(10)))!.Value.GetProperty("d");

        Assert.True(_gateway!.Connections[0].Closed);
        Assert.Equal("/resume", _gateway.Connections[1].Path);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesWithLastSequence()
    {
        var resumed = new TaskCompletionSource<JsonElement?>();
        await StartAsync(async (c, n) =>
        {
            await c.HelloAsync(Interval);
            if (n == 0)
            {
                await c.ReceiveOpAsync(2);
                await c.ReadyAsync(_gateway!.Url + "/resume");
                await c.DispatchAsync(5, "GUILD_CREATE", new JsonObject { ["id"] = "1" });
                await c.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });
                await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(10));
                return;
            }

            resumed.TrySetResult(await c.ReceiveOpAsync(6));
            await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(20));
        });

        var resume = (await resumed.Task.WaitAsync(TimeSpan.FromSeconds(10)))!.Value.GetProperty("d");

        Assert.Equal(5, resume.GetProperty("seq").GetInt64());
        Assert.Equal("/resume", _gateway!.Connections[1].Path);
    }

    [Theory]
    [InlineData(true, 6, "/resume")]
    [InlineData(false, 2, "/")]
    public async Task InvalidSession_Op9_ResumesOnlyWhenResumable(bool resumable, int expectedOp, string expectedPath)
    {
        var next = new TaskCompletionSource<JsonElement?>();
        await StartAsync(async (c, n) =>
        {
            await c.HelloAsync(Interval);
            if (n == 0)
            {
                await c.ReceiveOpAsync(2);
                await c.ReadyAsync(_gateway!.Url + "/resume");
                await c.SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });
                await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(10));
                return;
            }

            next.TrySetResult(await c.ReceiveAsync());
            await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(20));
        });

        var first = (await next.Task.WaitAsync(TimeSpan.FromSeconds(10)))!.Value;

        Assert.Equal(expectedOp, first.GetProperty("op").GetInt32());
        Assert.Equal(expectedPath, _gateway!.Connections[1].Path);
    }

    [Fact]
    public async Task Connection_Dropped_ResumesAtResumeUrl()
    {
        var resumed = new TaskCompletionSource<JsonElement?>();
        await StartAsync(async (c, n) =>
        {
            await c.HelloAsync(Interval);
            if (n == 0)
            {
                await c.ReceiveOpAsync(2);
                await c.ReadyAsync(_gateway!.Url + "/resume");
                await c.DispatchAsync(2, "GUILD_CREATE", new JsonObject { ["id"] = "1" });
                await Task.Delay(100);
                c.Abort();
                return;
            }

            resumed.TrySetResult(await c.ReceiveOpAsync(6));
            await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(20));
        });

        var resume = (await resumed.Task.WaitAsync(TimeSpan.FromSeconds(10)))!.Value.GetProperty("d");

        Assert.Equal(("session-1", 2L), (resume.GetProperty("session_id").GetString(), resume.GetProperty("seq").GetInt64()));
        Assert.Equal("/resume", _gateway!.Connections[1].Path);
    }

    [Theory]
    [InlineData(4004, "Discord__BotToken")]
    [InlineData(4014, "privileged intents")]
    [InlineData(4012, "API version")]
    public async Task Close_FatalCode_StopsWithoutReconnecting(int code, string fix)
    {
        await StartAsync(async (c, n) =>
        {
            await c.HelloAsync(Interval);
            await c.ReceiveOpAsync(2);
            await c.CloseAsync(code);
            await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(5));
        });
        var state = _services!.GetRequiredService<DiscordAdapterState>();

        Assert.True(await Wait.UntilAsync(() => state.IsStopped, TimeSpan.FromSeconds(10)));
        await Task.Delay(500);

        Assert.Single(_gateway!.Connections);
        Assert.Contains(fix, state.StopReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_SessionTimedOut4009_IdentifiesAfresh()
    {
        var next = new TaskCompletionSource<JsonElement?>();
        await StartAsync(async (c, n) =>
        {
            await c.HelloAsync(Interval);
            if (n == 0)
            {
                await c.ReceiveOpAsync(2);
                await c.ReadyAsync(_gateway!.Url + "/resume");
                await c.CloseAsync(4009);
                await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(5));
                return;
            }

            next.TrySetResult(await c.ReceiveAsync());
            await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(20));
        });

        var first = (await next.Task.WaitAsync(TimeSpan.FromSeconds(10)))!.Value;

        Assert.Equal(2, first.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task InteractionCreate_SlowCommand_DeferredViaCallbackWhileHeartbeatsContinue()
    {
        _handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatCommand c, CancellationToken t) =>
            {
                await Task.Delay(2000, t);
                return ChatReply.ForAnswer(Support.Answers.Statements(c.Text, 1));
            });
        var heartbeatsAtInteraction = 0;
        await StartAsync(async (c, n) =>
        {
            await c.HelloAsync(Interval);
            await c.ReceiveOpAsync(2);
            await c.ReadyAsync(_gateway!.Url + "/resume");
            heartbeatsAtInteraction = c.Heartbeats;
            var interaction = JsonNode.Parse(Support.Interactions.Command("ask", [("question", "what did Kallas say?")]))!.AsObject();
            await c.DispatchAsync(2, "INTERACTION_CREATE", interaction);
            await c.ServeUntilClosedAsync(ack: true, TimeSpan.FromSeconds(20));
        });

        Assert.True(await Wait.UntilAsync(() => _rest.Requests.Count >= 2, TimeSpan.FromSeconds(10)), "REST saw: " + string.Join(", ", _rest.Requests.Select(r => r.Method + " " + r.Path)) + "; gateway got: " + string.Join(", ", _gateway!.Connections.SelectMany(c => c.Received).Select(m => m.GetProperty("op").GetInt32())));

        var callback = _rest.Requests[0];
        Assert.Equal(("POST", "/api/v10/interactions/444444444444444444/" + Support.Interactions.Token + "/callback"), (callback.Method, callback.Path));
        Assert.Equal(5, JsonDocument.Parse(callback.Body).RootElement.GetProperty("type").GetInt32());
        Assert.Equal("PATCH", _rest.Requests[1].Method);
        Assert.EndsWith("/messages/@original", _rest.Requests[1].Path, StringComparison.Ordinal);
        Assert.True(_gateway!.Connections[0].Heartbeats - heartbeatsAtInteraction >= 3, "heartbeats stopped while the command ran");
        Assert.Single(_gateway.Connections);
    }

    private async Task StartAsync(Func<FakeGatewayConnection, int, Task> script)
    {
        _gateway = await FakeGateway.StartAsync(script);
        _services = DiscordServices.Build(
            _rest.BaseUrl,
            new Dictionary<string, string?>
            {
                ["Discord:BotToken"] = "gw-token",
                ["Discord:GatewayUrl"] = _gateway.Url,
                ["Discord:DeferAfter"] = "00:00:00.300",
            },
            services =>
            {
                services.AddSingleton(new GatewayTimings
                {
                    ReconnectBase = TimeSpan.FromMilliseconds(50),
                    ReconnectMax = TimeSpan.FromMilliseconds(200),
                    InvalidSessionMin = TimeSpan.FromMilliseconds(50),
                    InvalidSessionMax = TimeSpan.FromMilliseconds(100),
                    ConnectTimeout = TimeSpan.FromSeconds(5),
                });
                services.AddSingleton(_handler.Object);
            });
        _started = [.. _services.GetServices<IHostedService>()];
        foreach (var service in _started)
        {
            await service.StartAsync(CancellationToken.None);
        }
    }
}
