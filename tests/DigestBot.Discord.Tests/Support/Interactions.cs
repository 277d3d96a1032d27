using System.Text.Json.Nodes;

namespace DigestBot.Discord.Tests.Support;

/// <summary>Interaction payloads shaped like Discord's.</summary>
internal static class Interactions
{
    public const string ApplicationId = "111111111111111111";
    public const string ChannelId = "222222222222222222";
    public const string UserId = "333333333333333333";
    public const string Token = "aW50ZXJhY3Rpb24tdG9rZW4";

    public static string Ping() => new JsonObject { ["type"] = 1, ["id"] = "1", ["application_id"] = ApplicationId }.ToJsonString();

    /// <summary>An application command with string options, in a guild, by a member with the given permissions.</summary>
    public static string Command(string name, IEnumerable<(string Name, string Value)>? options = null, string permissions = "0", string? subcommand = null)
    {
        var optionArray = new JsonArray([.. (options ?? []).Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value })]);
        if (subcommand is not null)
        {
            optionArray = [new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = optionArray }];
        }

        return Envelope(2, new JsonObject { ["id"] = "9", ["name"] = name, ["type"] = 1, ["options"] = optionArray }, permissions);
    }

    /// <summary>A subcommand with one integer option (type 4, a JSON number as Discord sends it).</summary>
    public static string SubcommandWithInteger(string name, string subcommand, string option, long value) =>
        Envelope(2, new JsonObject
        {
            ["id"] = "9",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["name"] = subcommand,
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 4, ["value"] = value }),
            }),
        });

    /// <summary>An autocomplete interaction with the focused option's partial value.</summary>
    public static string Autocomplete(string command, string option, string typed) =>
        Envelope(4, new JsonObject
        {
            ["id"] = "9",
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        });

    private static string Envelope(int type, JsonObject data, string permissions = "0") => new JsonObject
    {
        ["type"] = type,
        ["id"] = "444444444444444444",
        ["application_id"] = ApplicationId,
        ["token"] = Token,
        ["version"] = 1,
        ["guild_id"] = "555555555555555555",
        ["channel_id"] = ChannelId,
        ["channel"] = new JsonObject { ["id"] = ChannelId, ["type"] = 0 },
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "reader" }, ["permissions"] = permissions },
        ["data"] = data,
    }.ToJsonString();
}
