using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestBot.Discord.Messages;

/// <summary>JSON settings for Discord payloads: snake_case, nulls left out.</summary>
internal static class DiscordJson
{
    /// <summary>Shared serializer options.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
