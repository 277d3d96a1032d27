using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigestBot.Slack.SocketMode;

/// <summary>One Socket Mode WebSocket: reads envelopes, hands them to a handler, sends acks, reports hello and disconnect.</summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket;
    private readonly Func<SocketModeConnection, JsonElement, CancellationToken, Task> _onEnvelope;
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _inFlight = [];
    private Task _receive = Task.CompletedTask;
    private int _disposed;

    private SocketModeConnection(ClientWebSocket socket, Func<SocketModeConnection, JsonElement, CancellationToken, Task> onEnvelope, int number)
    {
        _socket = socket;
        _onEnvelope = onEnvelope;
        Number = number;
    }

    /// <summary>A counter for the logs (the URL holds a ticket and is not logged).</summary>
    public int Number { get; }

    /// <summary>Completes with the reason when Slack asks us to reconnect.</summary>
    public Task<string> DisconnectRequested => _disconnect.Task;

    /// <summary>Completes when the socket stops receiving, for whatever reason.</summary>
    public Task Completion => _receive;

    /// <summary>Connects and waits for Slack's hello; throws when either fails or takes longer than <paramref name="helloTimeout"/>.</summary>
    public static async Task<SocketModeConnection> ConnectAsync(
        Uri url, int number, Func<SocketModeConnection, JsonElement, CancellationToken, Task> onEnvelope, TimeSpan helloTimeout, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        var connection = new SocketModeConnection(socket, onEnvelope, number);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(helloTimeout);
            await socket.ConnectAsync(url, timeout.Token).ConfigureAwait(false);
            connection._receive = Task.Run(() => connection.ReceiveLoopAsync(connection._stop.Token), CancellationToken.None);
            await connection._hello.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Sends one JSON message (an ack); sends are serialised as WebSockets require.</summary>
    public async Task SendAsync(JsonObject message, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Lets envelopes already received finish and be acknowledged, then closes the socket.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_gate)
        {
            pending = [.. _inFlight];
        }

        await Task.WhenAll(pending).WaitAsync(DrainTimeout, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(DrainTimeout);
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnected", timeout.Token)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await _receive.WaitAsync(timeout.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await DisposeAsync().ConfigureAwait(false);
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (_socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.GetMemory(8 * 1024), cancellationToken).ConfigureAwait(false);
                    buffer.Advance(result.Count);
                    if (buffer.WrittenCount > MaxMessageBytes)
                    {
                        throw new InvalidDataException($"A Socket Mode message exceeded {MaxMessageBytes} bytes.");
                    }
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                Dispatch(buffer.WrittenMemory);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidDataException)
        {
            // The connection is gone; the service sees Completion and reconnects.
        }
        finally
        {
            _hello.TrySetException(new WebSocketException("The Socket Mode connection closed before hello."));
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> message)
    {
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(message);
            root = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            return;
        }

        var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "hello")
        {
            _hello.TrySetResult();
            return;
        }

        if (type == "disconnect")
        {
            _disconnect.TrySetResult(root.TryGetProperty("reason", out var r) ? r.GetString() ?? "unknown" : "unknown");
            return;
        }

        if (!root.TryGetProperty("envelope_id", out _))
        {
            return;
        }

        // Handlers run beside the receive loop so a slash command's 2-second wait does not hold up other envelopes.
        var task = Task.Run(() => _onEnvelope(this, root, _stop.Token), CancellationToken.None);
        lock (_gate)
        {
            _inFlight.Add(task);
        }

        task.ContinueWith(
            done =>
            {
                lock (_gate)
                {
                    _inFlight.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _receive.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }
}
