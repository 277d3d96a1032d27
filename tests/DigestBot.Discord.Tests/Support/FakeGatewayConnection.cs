using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigestBot.Discord.Tests.Support;

/// <summary>The server side of one gateway connection in the fake: send ops, read what the bot sent.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, string path)
{
    private readonly ConcurrentQueue<JsonElement> _received = new();

    /// <summary>The request path the bot connected to ("/" or "/resume").</summary>
    public string Path { get; } = path;

    /// <summary>Everything the bot sent on this connection.</summary>
    public IReadOnlyList<JsonElement> Received => [.. _received];

    public Task SendAsync(JsonObject payload) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task HelloAsync(int intervalMs) => SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = intervalMs } });

    public Task DispatchAsync(int sequence, string type, JsonObject data) =>
        SendAsync(new JsonObject { ["op"] = 0, ["s"] = sequence, ["t"] = type, ["d"] = data });

    public Task ReadyAsync(string resumeUrl) =>
        DispatchAsync(1, "READY", new JsonObject { ["v"] = 10, ["session_id"] = "session-1", ["resume_gateway_url"] = resumeUrl });

    /// <summary>The next payload from the bot, or null when it closed or nothing came within the timeout.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(chunk, cancel.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Closed = true;
                    return null;
                }

                buffer.Write(chunk, 0, result.Count);
                if (result.EndOfMessage)
                {
                    var element = JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
                    _received.Enqueue(element);
                    return element;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (WebSocketException)
        {
            Closed = true;
            return null;
        }
    }

    /// <summary>Receives until an op arrives, answering heartbeats with ACKs when <paramref name="ack"/> is set.</summary>
    public async Task<JsonElement?> ReceiveOpAsync(int op, bool ack = true, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (DateTimeOffset.UtcNow < deadline)
        {
            var message = await ReceiveAsync(deadline - DateTimeOffset.UtcNow);
            if (message is not { } m)
            {
                return null;
            }

            var received = m.GetProperty("op").GetInt32();
            if (received == 1 && ack)
            {
                await SendAsync(new JsonObject { ["op"] = 11 });
            }

            if (received == op)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>True once the bot closed or dropped the connection.</summary>
    public bool Closed { get; private set; }

    /// <summary>Answers (or ignores) heartbeats until the bot disconnects or the timeout passes; true if the bot went away.</summary>
    public async Task<bool> ServeUntilClosedAsync(bool ack, TimeSpan timeout)
    {
        await ReceiveOpAsync(-1, ack, timeout);
        return Closed;
    }

    /// <summary>Heartbeats (op 1) the bot sent so far.</summary>
    public int Heartbeats => Received.Count(m => m.GetProperty("op").GetInt32() == 1);

    public Task CloseAsync(int code) =>
        socket.CloseOutputAsync((WebSocketCloseStatus)code, "test close", CancellationToken.None);

    public void Abort() => socket.Abort();
}
