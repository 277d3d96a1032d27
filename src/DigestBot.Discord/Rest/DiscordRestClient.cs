using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Messages;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Rest;

/// <summary>
/// The few Discord REST calls the adapter makes, over a typed HttpClient whose base address is Discord:ApiBaseUrl.
/// Paths are relative without a leading slash so the /api/v10/ part of the base survives.
/// </summary>
internal sealed class DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options)
{
    /// <summary>Posts a message to a channel (needs the bot token).</summary>
    public Task<RestResult> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{Segment(channelId)}/messages", message, bot: true, cancellationToken);

    /// <summary>Edits the original response of an interaction (after a deferral). The "@" must stay literal.</summary>
    public Task<RestResult> EditOriginalResponseAsync(string applicationId, string token, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{Segment(applicationId)}/{Segment(token)}/messages/@original", message, bot: false, cancellationToken);

    /// <summary>Deletes the original response (a deferral whose answer must be shown only to the user).</summary>
    public Task<RestResult> DeleteOriginalResponseAsync(string applicationId, string token, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"webhooks/{Segment(applicationId)}/{Segment(token)}/messages/@original", null, bot: false, cancellationToken);

    /// <summary>Sends a follow-up message for an interaction.</summary>
    public Task<RestResult> CreateFollowupAsync(string applicationId, string token, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{Segment(applicationId)}/{Segment(token)}", message, bot: false, cancellationToken);

    /// <summary>Answers an interaction received over the gateway.</summary>
    public Task<RestResult> CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/{Segment(token)}/callback", response, bot: false, cancellationToken);

    /// <summary>Replaces all global commands, or a guild's commands when <paramref name="guildId"/> is set.</summary>
    public Task<RestResult> BulkOverwriteCommandsAsync(string applicationId, string? guildId, JsonArray commands, CancellationToken cancellationToken) =>
        SendAsync(
            HttpMethod.Put,
            guildId is { Length: > 0 }
                ? $"applications/{Segment(applicationId)}/guilds/{Segment(guildId)}/commands"
                : $"applications/{Segment(applicationId)}/commands",
            commands,
            bot: true,
            cancellationToken);

    /// <summary>Gets the gateway URL for the bot.</summary>
    public Task<RestResult> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "gateway/bot", null, bot: true, cancellationToken);

    private async Task<RestResult> SendAsync(HttpMethod method, string path, object? body, bool bot, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            // Serialised up front so the body has a Content-Length and can be sent again after a 429.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), DiscordJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (bot && options.Value.BotToken is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            return RestResult.NoAnswer(exception.Message);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return RestResult.NoAnswer("timed out: " + exception.Message);
        }
    }

    private static async Task<RestResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        string? id = null, url = null, error = null;
        double? retryAfter = null;
        var count = 0;
        try
        {
            using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                retryAfter = root.TryGetProperty("retry_after", out var r) && r.ValueKind == JsonValueKind.Number && r.TryGetDouble(out var s) ? s : null;
                if (status >= 400)
                {
                    var message = root.TryGetProperty("message", out var m) ? m.ToString() : null;
                    var code = root.TryGetProperty("code", out var c) ? c.ToString() : null;
                    error = message is null ? null : code is null ? message : $"{message} ({code})";
                }
            }
            else if (root.ValueKind == JsonValueKind.Array)
            {
                count = root.GetArrayLength();
            }
        }
        catch (JsonException)
        {
            error = status >= 400 ? $"non-JSON body ({text.Length} characters)" : null;
        }

        TimeSpan? wait = null;
        if (status == 429)
        {
            var header = response.Headers.RetryAfter?.Delta?.TotalSeconds;
            wait = RateLimiter.Clamp(retryAfter ?? header ?? double.NaN, RateLimiter.DefaultRetryAfter);
        }

        return new RestResult(status, id, url, wait, error ?? (status >= 400 ? response.ReasonPhrase : null), count);
    }

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
