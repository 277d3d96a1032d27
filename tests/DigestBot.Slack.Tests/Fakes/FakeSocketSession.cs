using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace DigestBot.Slack.Tests.Fakes;

/// <summary>The server side of one fake Socket Mode connection.</summary>
internal sealed class FakeSocketSession(WebSocket socket, int number, ConcurrentQueue<string> timeline)
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _acks = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Number { get; } = number;

    /// <summary>Completes when the session ends, however.</summary>
    public Task Closed => _closed.Task;

    public async Task SendAsync(JsonObject message)
    {
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Sends an envelope and returns its id.</summary>
    public async Task<string> SendEnvelopeAsync(string type, JsonObject payload)
    {
        var id = Guid.NewGuid().ToString();
        await SendAsync(new() { ["envelope_id"] = id, ["type"] = type, ["accepts_response_payload"] = type == "slash_commands", ["payload"] = payload });
        return id;
    }

    /// <summary>The ack for <paramref name="envelopeId"/>, waiting at most <paramref name="timeout"/>.</summary>
    public Task<JsonObject> WaitForAckAsync(string envelopeId, TimeSpan timeout) =>
        Ack(envelopeId).Task.WaitAsync(timeout);

    private TaskCompletionSource<JsonObject> Ack(string envelopeId) =>
        _acks.GetOrAdd(envelopeId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Drops the connection without a close handshake, like a network failure.</summary>
    public void Abort()
    {
        timeline.Enqueue($"aborted {Number}");
        socket.Abort();
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    timeline.Enqueue($"client-closed {Number}");
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    break;
                }

                if (JsonNode.Parse(message.ToArray()) is JsonObject json)
                {
                    timeline.Enqueue($"ack {Number}");
                    Ack(json["envelope_id"]?.GetValue<string>() ?? "").TrySetResult(json);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Aborted.
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
