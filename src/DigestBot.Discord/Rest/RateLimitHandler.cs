using System.Globalization;
using System.Net;
using System.Text;
using DigestBot.Discord.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Rest;

/// <summary>
/// Sends Discord REST requests within the rate limits: waits for a known-empty bucket or the global limit instead of
/// sending, retries a 429 a bounded number of times after the server's retry_after, and stops everything after a 401.
/// </summary>
internal sealed class RateLimitHandler(
    RateLimiter limiter,
    DiscordAdapterState state,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<RateLimitHandler> logger) : DelegatingHandler
{
    /// <summary>Attempts per request, the first included; so at most two 429s in a row are retried.</summary>
    public const int MaxAttempts = 3;

    private static readonly TimeSpan TimerMargin = TimeSpan.FromMilliseconds(15);

    /// <summary>Header marking a response made up locally, without sending the request.</summary>
    public const string LocalHeader = "X-DigestBot-Local";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (state.IsStopped && request.Headers.Authorization is not null)
        {
            return Local(request, HttpStatusCode.Unauthorized, state.StopReason ?? "stopped", null);
        }

        var relative = request.RequestUri is { IsAbsoluteUri: true } uri && InnerBase is { } baseUri
            ? baseUri.MakeRelativeUri(uri).OriginalString
            : request.RequestUri?.OriginalString ?? "";
        var route = RouteKey.For(request.Method, relative);
        var maxWait = options.Value.MaxRateLimitWait;
        for (var attempt = 1; ; attempt++)
        {
            var wait = limiter.Reserve(route, out var reserved);
            for (var spins = 0; wait > TimeSpan.Zero && !reserved; spins++)
            {
                if (wait > maxWait || spins >= MaxAttempts)
                {
                    // Never send into a bucket we know is empty; hand the wait back to the caller.
                    return Local(request, HttpStatusCode.TooManyRequests, "rate limit bucket is empty", wait);
                }

                DiscordLog.RateLimited(logger, route.LogName, wait, false);

                // Timers can fire a little before the wall clock reaches the reset; the margin keeps us from spinning.
                await Task.Delay(wait + TimerMargin, time, cancellationToken).ConfigureAwait(false);
                wait = limiter.Reserve(route, out reserved);
            }

            if (wait > maxWait)
            {
                return Local(request, HttpStatusCode.TooManyRequests, "global rate limit queue is longer than Discord:MaxRateLimitWait", wait);
            }

            if (wait > TimeSpan.Zero)
            {
                // A paced slot is ours: wait for it and send, without asking again (that would take a second slot).
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            limiter.Learn(route, response.Headers);
            if (response.StatusCode == HttpStatusCode.Unauthorized && request.Headers.Authorization is not null)
            {
                if (state.Stop("Discord rejected the bot token (401)"))
                {
                    DiscordLog.TokenRejected(logger);
                }

                return response;
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            DigestBot.Core.Diagnostics.BotMetrics.RateLimited("discord");
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var delay = limiter.OnTooManyRequests(route, response.Headers, body, out var global);
            response.Headers.Remove("Retry-After");
            response.Headers.TryAddWithoutValidation("Retry-After", Math.Ceiling(delay.TotalSeconds).ToString(CultureInfo.InvariantCulture));
            if (attempt >= MaxAttempts || delay > maxWait)
            {
                DiscordLog.RateLimitGaveUp(logger, route.LogName, attempt);
                return response;
            }

            DiscordLog.RateLimited(logger, route.LogName, delay, global);
            response.Dispose();
            await Task.Delay(delay + TimerMargin, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The API base URL, so route keys are computed from the relative path.</summary>
    private Uri? InnerBase => Uri.TryCreate(options.Value.ApiBaseUrl, UriKind.Absolute, out var uri) ? uri : null;

    private static HttpResponseMessage Local(HttpRequestMessage request, HttpStatusCode status, string message, TimeSpan? retryAfter)
    {
        var seconds = retryAfter?.TotalSeconds ?? 0;
        var json = string.Create(CultureInfo.InvariantCulture, $"{{\"message\":\"{message}\",\"retry_after\":{seconds:0.###},\"global\":false}}");
        var response = new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        response.Headers.TryAddWithoutValidation(LocalHeader, "true");
        if (retryAfter is { } after)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", Math.Ceiling(after.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }
}
