using System.Text.Json.Nodes;

namespace DigestBot.Discord.Gateway;

/// <summary>The payloads the bot sends on the gateway: heartbeat (op 1), identify (op 2) and resume (op 6).</summary>
internal static class GatewayPayloads
{
    public static JsonObject Heartbeat(long? sequence) => new() { ["op"] = 1, ["d"] = sequence };

    /// <summary>Identify with intents 0: interactions arrive without any intent.</summary>
    public static JsonObject Identify(string token) => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            ["intents"] = 0,
            ["properties"] = new JsonObject
            {
                ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(),
                ["browser"] = "digestbot",
                ["device"] = "digestbot",
            },
        },
    };

    public static JsonObject Resume(string token, GatewayResumeState state) => new()
    {
        ["op"] = 6,
        ["d"] = new JsonObject { ["token"] = token, ["session_id"] = state.SessionId, ["seq"] = state.Sequence },
    };
}
