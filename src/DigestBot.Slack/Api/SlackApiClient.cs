using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Api;

/// <summary>A small typed client for the Slack Web API: JSON bodies, Bearer tokens, ok:false and 429 mapped.</summary>
internal sealed class SlackApiClient(
    HttpClient http, IOptions<SlackOptions> options, ChannelPacer pacer, TimeProvider time, ILogger<SlackApiClient> logger)
{
    private const int MaxAttempts = 3;
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromHours(1);

    /// <summary>auth.test with the bot token: team, user_id, bot_id.</summary>
    public Task<SlackApiResponse> AuthTestAsync(CancellationToken cancellationToken) =>
        CallAsync("auth.test", [], options.Value.BotToken, waitOutRateLimit: true, cancellationToken);

    /// <summary>chat.postMessage, paced per channel; <paramref name="waitOutRateLimit"/> retries after a short 429.</summary>
    public async Task<SlackApiResponse> PostMessageAsync(
        string channel, SlackMessage message, string? threadTs, JsonObject? metadata, bool waitOutRateLimit, CancellationToken cancellationToken)
    {
        var body = message.ToJson();
        body["channel"] = channel;
        body["unfurl_links"] = false;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        if (metadata is not null)
        {
            body["metadata"] = metadata;
        }

        await pacer.WaitTurnAsync(channel, cancellationToken).ConfigureAwait(false);
        return await CallAsync("chat.postMessage", body, options.Value.BotToken, waitOutRateLimit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>chat.postEphemeral: a message only <paramref name="user"/> sees.</summary>
    public async Task<SlackApiResponse> PostEphemeralAsync(
        string channel, string user, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        var body = message.ToJson();
        body["channel"] = channel;
        body["user"] = user;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        await pacer.WaitTurnAsync(channel, cancellationToken).ConfigureAwait(false);
        return await CallAsync("chat.postEphemeral", body, options.Value.BotToken, waitOutRateLimit: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>conversations.history with message metadata, newest first.</summary>
    public Task<SlackApiResponse> HistoryAsync(string channel, int limit, CancellationToken cancellationToken) =>
        CallAsync(
            "conversations.history",
            new JsonObject { ["channel"] = channel, ["limit"] = limit, ["include_all_metadata"] = true },
            options.Value.BotToken,
            waitOutRateLimit: true,
            cancellationToken);

    /// <summary>users.info, for is_admin/is_owner.</summary>
    public Task<SlackApiResponse> UserInfoAsync(string user, CancellationToken cancellationToken) =>
        CallAsync("users.info", new JsonObject { ["user"] = user }, options.Value.BotToken, waitOutRateLimit: true, cancellationToken);

    /// <summary>apps.connections.open with the app-level token: a Socket Mode WebSocket URL.</summary>
    public Task<SlackApiResponse> OpenConnectionAsync(CancellationToken cancellationToken) =>
        CallAsync("apps.connections.open", [], options.Value.AppToken, waitOutRateLimit: false, cancellationToken);

    /// <summary>Posts a reply to a slash command's response_url (no token: the URL is the credential).</summary>
    public async Task<SlackApiResponse> RespondAsync(Uri responseUrl, JsonObject body, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(responseUrl, body, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return new SlackApiResponse(SlackFailure.None, null, null, default);
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var failure = (int)response.StatusCode >= 500 ? SlackFailure.Transient : SlackFailure.Other;
            return SlackApiResponse.Failed(failure, $"response_url answered {(int)response.StatusCode}: {text}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return SlackApiResponse.Failed(SlackFailure.Transient, ex.Message);
        }
    }

    /// <summary>Calls one Web API method with a JSON body. Never throws for Slack or network failures.</summary>
    public async Task<SlackApiResponse> CallAsync(
        string method, JsonObject body, string? token, bool waitOutRateLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrEmpty(token))
        {
            return SlackApiResponse.Failed(SlackFailure.InvalidAuth, "not_authed: no token configured");
        }

        for (var attempt = 1; ; attempt++)
        {
            var result = await SendOnceAsync(method, body, token, cancellationToken).ConfigureAwait(false);
            if (result.Failure != SlackFailure.RateLimited || !waitOutRateLimit || attempt >= MaxAttempts
                || result.RetryAfter > options.Value.MaxRetryAfter)
            {
                if (!result.Ok)
                {
                    logger.ApiCallFailed(method, result.Failure, result.Error ?? "");
                }

                return result;
            }

            var wait = result.RetryAfter ?? DefaultRetryAfter;
            logger.RateLimited(method, wait);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SlackApiResponse> SendOnceAsync(string method, JsonObject body, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = JsonContent.Create(body);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                DigestBot.Core.Diagnostics.BotMetrics.RateLimited("slack");
                return SlackApiResponse.Failed(SlackFailure.RateLimited, "ratelimited", RetryAfter(response));
            }

            if ((int)response.StatusCode >= 500)
            {
                return SlackApiResponse.Failed(SlackFailure.Transient, $"HTTP {(int)response.StatusCode}");
            }

            if (!response.IsSuccessStatusCode)
            {
                var failure = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    ? SlackFailure.InvalidAuth
                    : SlackFailure.Other;
                return SlackApiResponse.Failed(failure, $"HTTP {(int)response.StatusCode}");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = json.RootElement.Clone();
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
            {
                return new SlackApiResponse(SlackFailure.None, null, null, root);
            }

            var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) ? e.GetString() : "no ok field";
            return new SlackApiResponse(SlackApiResponse.Classify(error), error, null, root);
        }
        catch (JsonException ex)
        {
            return SlackApiResponse.Failed(SlackFailure.Transient, $"unreadable response: {ex.Message}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return SlackApiResponse.Failed(SlackFailure.Transient, ex.Message);
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? value = header?.Delta;
        if (value is null && response.Headers.TryGetValues("Retry-After", out var raw)
            && double.TryParse(raw.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            value = TimeSpan.FromSeconds(seconds);
        }

        // A missing, negative or absurd value is clamped rather than trusted.
        return value is { } v && v > TimeSpan.Zero ? (v > LongestRetryAfter ? LongestRetryAfter : v) : DefaultRetryAfter;
    }
}
