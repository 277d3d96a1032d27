using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Slack.Tests.Fakes;

/// <summary>A Socket Mode endpoint on the fake Slack: accepts WebSockets, says hello, and lets tests drive each session.</summary>
internal sealed class FakeSocketModeServer
{
    private int _accepted;

    /// <summary>Sessions in the order they were accepted.</summary>
    public Channel<FakeSocketSession> Sessions { get; } = Channel.CreateUnbounded<FakeSocketSession>();

    /// <summary>What happened, in order: "open 1", "client-closed 1", ...</summary>
    public ConcurrentQueue<string> Timeline { get; } = new();

    /// <summary>Connections accepted so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public static async Task<(FakeSlackApi Slack, FakeSocketModeServer Server)> StartAsync()
    {
        var server = new FakeSocketModeServer();
        var slack = await FakeSlackApi.StartAsync(app => app.Map("/socket", server.AcceptAsync));
        slack.SocketUrl = () => new UriBuilder(new Uri(slack.Root, "socket")) { Scheme = "ws" }.Uri.ToString();
        return (slack, server);
    }

    /// <summary>The next session not yet taken, waiting at most 10 seconds.</summary>
    public async Task<FakeSocketSession> NextSessionAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await Sessions.Reader.ReadAsync(timeout.Token);
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new FakeSocketSession(socket, Interlocked.Increment(ref _accepted), Timeline);
        Timeline.Enqueue($"open {session.Number}");
        await session.SendAsync(new() { ["type"] = "hello", ["num_connections"] = 1, ["connection_info"] = new System.Text.Json.Nodes.JsonObject { ["app_id"] = "A1" } });
        Sessions.Writer.TryWrite(session);
        await session.RunAsync(context.RequestAborted);
    }
}
