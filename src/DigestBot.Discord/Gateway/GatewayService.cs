using System.Net.WebSockets;
using DigestBot.Core.Coordination;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// Keeps one gateway connection up: connects, resumes when it can, backs off exponentially after failures, and stops
/// for good on a fatal close code or a rejected token, saying what to fix. Of several replicas only the one holding the
/// <see cref="LeaseName"/> lease connects; another takes over when it dies.
/// </summary>
internal sealed class GatewayService(
    LeaseRunner leases,
    GatewayConnector connector,
    GatewayInteractions interactions,
    DiscordAdapterState state,
    IOptions<DiscordOptions> options,
    GatewayTimings timings,
    TimeProvider time,
    ILogger<GatewayService> logger) : BackgroundService
{
    /// <summary>The lease whose holder keeps the gateway connection.</summary>
    public const string LeaseName = LeaseNames.DiscordGateway;

    private readonly GatewayResumeState _resume = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        leases.RunWhileHeldAsync(LeaseName, RunAsync, stoppingToken);

    /// <summary>Runs the gateway until the host stops, the lease is lost or a fatal close code ends it.</summary>
    private async Task RunAsync(CancellationToken stoppingToken)
    {
        // A session left by an earlier hold may have been taken over by another replica since.
        _resume.Clear();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, state.Stopped);
        var failures = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var exit = await ConnectOnceAsync(stop.Token).ConfigureAwait(false);
                if (exit.FatalCode is { } code)
                {
                    var fix = GatewayExit.FixFor(code);
                    DiscordLog.GatewayFatal(logger, code, fix);
                    state.Stop($"gateway closed with {code}: {fix}");
                    return;
                }

                failures = exit.Ready ? 0 : failures + 1;

                // A session that cannot be resumed after a few tries is abandoned for a fresh Identify.
                if (!exit.Resume || failures >= 3)
                {
                    _resume.Clear();
                }

                var delay = exit.Delay ?? Backoff(failures);
                DiscordLog.GatewayReconnecting(logger, delay, exit.Reason);
                await Task.Delay(delay, time, stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Host stopping or adapter stopped.
        }
    }

    private async Task<GatewayExit> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        var url = _resume.CanResume ? _resume.ResumeUrl : null;
        if (url is null)
        {
            var (found, error) = await connector.GetUrlAsync(cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return new GatewayExit(error ?? "no gateway URL", Resume: false, Ready: false);
            }

            url = found;
        }

        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", DiscordServiceCollectionExtensions.UserAgent);
        try
        {
            using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                connectTimeout.CancelAfter(timings.ConnectTimeout);
                DiscordLog.GatewayConnecting(logger, url.Host + ":" + url.Port);
                await socket.ConnectAsync(url, connectTimeout.Token).ConfigureAwait(false);
            }

            using var session = new GatewaySession(socket, _resume, options.Value.BotToken ?? "", interactions.HandleAsync, timings, time, logger);
            var exit = await session.RunAsync(cancellationToken).ConfigureAwait(false);
            await CloseAsync(socket, exit.Resume).ConfigureAwait(false);
            return exit;
        }
        catch (Exception exception) when (exception is WebSocketException or HttpRequestException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            DiscordLog.GatewayError(logger, exception);
            return new GatewayExit("could not connect: " + exception.Message, Resume: _resume.CanResume, Ready: false);
        }
    }

    /// <summary>Closing with 1000 would end the session, so a connection we mean to resume is just dropped.</summary>
    private static async Task CloseAsync(ClientWebSocket socket, bool resume)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        if (resume)
        {
            socket.Abort();
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }

    private TimeSpan Backoff(int failures)
    {
        if (failures <= 0)
        {
            return timings.ReconnectBase;
        }

        var exponential = timings.ReconnectBase * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = exponential > timings.ReconnectMax ? timings.ReconnectMax : exponential;
        return capped * (0.75 + (Random.Shared.NextDouble() * 0.5));
    }
}
