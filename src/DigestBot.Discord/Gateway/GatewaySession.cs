using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// One gateway connection: Hello, Identify or Resume, heartbeats on their own timer (first one jittered, a missing
/// ACK counts as a zombie connection), dispatches, and the ops that end the connection (7, 9, close frames).
/// </summary>
internal sealed class GatewaySession(
    WebSocket socket,
    GatewayResumeState resume,
    string token,
    Func<JsonElement, CancellationToken, Task> onInteraction,
    GatewayTimings timings,
    TimeProvider time,
    ILogger logger) : IDisposable
{
    private const int MaxMessageBytes = 16 * 1024 * 1024;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private volatile bool _acked = true;
    private volatile bool _zombie;
    private bool _ready;

    /// <summary>Runs until the connection ends; never throws for connection failures.</summary>
    public async Task<GatewayExit> RunAsync(CancellationToken cancellationToken)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task heartbeat = Task.CompletedTask;
        try
        {
            while (true)
            {
                using var message = await ReceiveAsync(connection.Token).ConfigureAwait(false);
                if (message is null)
                {
                    return Closed();
                }

                var root = message.RootElement;
                var op = root.TryGetProperty("op", out var o) && o.TryGetInt32(out var n) ? n : -1;
                var data = root.TryGetProperty("d", out var d) ? d : default;
                switch (op)
                {
                    case 10:
                        var interval = TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = HeartbeatAsync(interval, connection);
                        await SendAsync(resume.CanResume ? GatewayPayloads.Resume(token, resume) : GatewayPayloads.Identify(token), connection.Token).ConfigureAwait(false);
                        break;
                    case 11:
                        _acked = true;
                        break;
                    case 1:
                        await SendAsync(GatewayPayloads.Heartbeat(resume.Sequence), connection.Token).ConfigureAwait(false);
                        break;
                    case 0:
                        Dispatch(root, data, connection.Token);
                        break;
                    case 7:
                        return new GatewayExit("Discord asked for a reconnect (op 7)", Resume: true, _ready);
                    case 9:
                        var resumable = data.ValueKind == JsonValueKind.True;
                        DiscordLog.GatewayInvalidSession(logger, resumable);
                        return new GatewayExit("invalid session (op 9)", resumable, _ready, Delay: resumable ? null : timings.InvalidSessionMin + ((timings.InvalidSessionMax - timings.InvalidSessionMin) * Random.Shared.NextDouble()));
                }
            }
        }
        catch (OperationCanceledException) when (_zombie && !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.GatewayZombie(logger);
            return new GatewayExit("no heartbeat ACK (zombie connection)", Resume: true, _ready);
        }
        catch (Exception exception) when (exception is WebSocketException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            DiscordLog.GatewayError(logger, exception);
            return new GatewayExit("connection lost: " + exception.Message, Resume: true, _ready);
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => _sendLock.Dispose();

    private void Dispatch(JsonElement root, JsonElement data, CancellationToken cancellationToken)
    {
        if (root.TryGetProperty("s", out var s) && s.TryGetInt64(out var sequence))
        {
            resume.Sequence = sequence;
        }

        var type = root.TryGetProperty("t", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "READY":
                resume.SessionId = data.GetProperty("session_id").GetString();
                resume.ResumeUrl = data.TryGetProperty("resume_gateway_url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var u)
                    ? GatewayConnector.WithQuery(u)
                    : null;
                _ready = true;
                DiscordLog.GatewayReady(logger);
                break;
            case "RESUMED":
                _ready = true;
                DiscordLog.GatewayResumed(logger);
                break;
            case "INTERACTION_CREATE":
                // Runs beside the receive loop so a slow command never holds up heartbeats or other events.
                _ = onInteraction(data.Clone(), cancellationToken);
                break;
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationTokenSource connection)
    {
        try
        {
            // Discord asks for the first beat after interval * jitter, so reconnecting bots do not beat in step.
            var wait = interval * Random.Shared.NextDouble();
            while (true)
            {
                await Task.Delay(wait, time, connection.Token).ConfigureAwait(false);
                wait = interval;
                if (!_acked)
                {
                    _zombie = true;
                    await connection.CancelAsync().ConfigureAwait(false);
                    return;
                }

                _acked = false;
                await SendAsync(GatewayPayloads.Heartbeat(resume.Sequence), connection.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The connection is ending; the receive loop reports why.
        }
    }

    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            if (buffer.Length + result.Count > MaxMessageBytes)
            {
                throw new InvalidOperationException($"gateway message larger than {MaxMessageBytes} bytes");
            }

            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.ToArray());
            }
        }
    }

    private GatewayExit Closed()
    {
        var code = (int?)socket.CloseStatus ?? 0;
        if (GatewayExit.IsFatal(code))
        {
            return new GatewayExit($"closed with {code}", Resume: false, _ready, FatalCode: code);
        }

        // 4007 (bad sequence) and 4009 (session timed out) need a fresh session.
        var resumable = code is not (4007 or 4009 or 1000 or 1001);
        return new GatewayExit($"closed by Discord with {code} {socket.CloseStatusDescription}", resumable, _ready);
    }

    private async Task SendAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
