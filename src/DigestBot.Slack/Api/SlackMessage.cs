using System.Text.Json.Nodes;

namespace DigestBot.Slack.Api;

/// <summary>A rendered message: the notification/fallback text and its Block Kit blocks.</summary>
internal sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>A JSON body with text and a copy of the blocks, ready for extra fields.</summary>
    public JsonObject ToJson() => new()
    {
        ["text"] = Text,
        ["blocks"] = Blocks.DeepClone(),
    };
}
