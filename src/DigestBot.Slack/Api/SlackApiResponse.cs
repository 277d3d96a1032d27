using System.Text.Json;

namespace DigestBot.Slack.Api;

/// <summary>The outcome of one Web API call: Slack answers errors with HTTP 200 and ok:false.</summary>
/// <param name="Failure"><see cref="SlackFailure.None"/> when ok:true.</param>
/// <param name="Error">Slack's error code ("not_in_channel") or a description of the HTTP failure.</param>
/// <param name="RetryAfter">From a 429's Retry-After header.</param>
/// <param name="Body">The response JSON (an empty object when there was none).</param>
internal sealed record SlackApiResponse(SlackFailure Failure, string? Error, TimeSpan? RetryAfter, JsonElement Body)
{
    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Whether Slack said ok:true.</summary>
    public bool Ok => Failure == SlackFailure.None;

    /// <summary>A string property of the body, or null.</summary>
    public string? GetString(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A failure that never reached Slack's JSON.</summary>
    public static SlackApiResponse Failed(SlackFailure failure, string error, TimeSpan? retryAfter = null) =>
        new(failure, error, retryAfter, Empty);

    /// <summary>Maps Slack's error code to a <see cref="SlackFailure"/>.</summary>
    public static SlackFailure Classify(string? error) => error switch
    {
        "channel_not_found" => SlackFailure.ChannelNotFound,
        "not_in_channel" => SlackFailure.NotInChannel,
        "invalid_auth" or "not_authed" or "token_revoked" or "token_expired" => SlackFailure.InvalidAuth,
        "account_inactive" => SlackFailure.AccountInactive,
        // Slack's docs say "ratelimited"; its published spec lists "rate_limited".
        "ratelimited" or "rate_limited" => SlackFailure.RateLimited,
        "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout" => SlackFailure.Transient,
        _ => SlackFailure.Other,
    };
}
