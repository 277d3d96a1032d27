using DigestBot.Core.Coordination;
using DigestBot.Slack.Api;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection up: opens it with the app-level token, switches to a new one before closing
/// the old when Slack asks (refresh_requested, warning, link_disabled), and reconnects with backoff when it drops. Of
/// several replicas only the one holding the <see cref="LeaseName"/> lease connects; another takes over when it dies.
/// </summary>
internal sealed class SocketModeService(
    LeaseRunner leases,
    SlackApiClient api,
    SocketEnvelopeHandler handler,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    /// <summary>How long Slack has to say hello on a new socket.</summary>
    public static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between reconnection attempts.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    /// <summary>The lease whose holder keeps the Socket Mode connection.</summary>
    public const string LeaseName = LeaseNames.SlackSocketMode;

    private int _connections;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Mode != SlackMode.Socket || !options.Value.IsEnabled
            ? Task.CompletedTask
            : leases.RunWhileHeldAsync(LeaseName, RunAsync, stoppingToken);

    /// <summary>Keeps a connection up until the host stops or the lease is lost.</summary>
    private async Task RunAsync(CancellationToken stoppingToken)
    {
        SocketModeConnection? current = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                current ??= await ConnectAsync(stoppingToken).ConfigureAwait(false);
                if (current is null)
                {
                    return;
                }

                await Task.WhenAny(current.DisconnectRequested, current.Completion).WaitAsync(stoppingToken).ConfigureAwait(false);
                if (current.DisconnectRequested.IsCompleted)
                {
                    var reason = await current.DisconnectRequested.ConfigureAwait(false);
                    logger.SocketDisconnectRequested(reason, current.Number);
                    // The new socket is up (hello received) before the old one closes, and the old one finishes
                    // acknowledging what it already received, so no envelope falls between the two.
                    var next = await ConnectAsync(stoppingToken).ConfigureAwait(false);
                    await current.CloseAsync(stoppingToken).ConfigureAwait(false);
                    current = next;
                }
                else
                {
                    logger.SocketLost(current.Number);
                    await current.DisposeAsync().ConfigureAwait(false);
                    current = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            if (current is not null)
            {
                await current.CloseAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A connected socket that said hello, or null when the app token is rejected (fatal: stop loudly).</summary>
    private async Task<SocketModeConnection?> ConnectAsync(CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.Zero;
        while (true)
        {
            if (backoff > TimeSpan.Zero)
            {
                logger.SocketRetry(backoff);
                await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
            }

            backoff = backoff == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            var open = await api.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            if (open.Failure is SlackFailure.InvalidAuth or SlackFailure.AccountInactive
                || (open.Failure == SlackFailure.Other && open.Error is "not_allowed_token_type" or "missing_scope"))
            {
                logger.SocketAuthFailed(open.Error ?? "");
                return null;
            }

            if (!open.Ok || !Uri.TryCreate(open.GetString("url"), UriKind.Absolute, out var url))
            {
                if (open.Failure == SlackFailure.RateLimited && open.RetryAfter > backoff)
                {
                    backoff = open.RetryAfter.Value;
                }

                continue;
            }

            var number = Interlocked.Increment(ref _connections);
            try
            {
                var connection = await SocketModeConnection.ConnectAsync(url, number, handler.HandleAsync, HelloTimeout, cancellationToken)
                    .ConfigureAwait(false);
                logger.SocketConnected(url.Host, number);
                return connection;
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or OperationCanceledException or HttpRequestException or ArgumentException
                && !cancellationToken.IsCancellationRequested)
            {
                logger.SocketConnectFailed(ex.Message, number);
            }
        }
    }
}
