using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace DigestBot.Discord.Interactions;

/// <summary>Reads the fields the adapter needs from an interaction's JSON, tolerating everything else.</summary>
internal static class InteractionParser
{
    private const int SubcommandOptionType = 1;
    private const int SubcommandGroupOptionType = 2;
    private static readonly BigInteger ManageGuild = BigInteger.One << 5;
    private static readonly BigInteger Administrator = BigInteger.One << 3;

    /// <summary>Parses a verified body; returns null with a reason when it is not a usable interaction.</summary>
    public static Interaction? TryParse(JsonElement root, out string? error)
    {
        error = null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement)
            || !typeElement.TryGetInt32(out var type))
        {
            error = "body has no numeric 'type'";
            return null;
        }

        var id = String(root, "id");
        var token = String(root, "token");
        var applicationId = String(root, "application_id");
        if (type != Interaction.PingType && (id.Length == 0 || token.Length == 0 || applicationId.Length == 0))
        {
            error = "interaction lacks id, token or application_id";
            return null;
        }

        var name = "";
        var parts = new List<string>();
        string? focused = null;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            name = String(data, "name");
            CollectOptions(data, parts, ref focused);
        }

        var channelId = root.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object
            ? String(channel, "id")
            : String(root, "channel_id");
        var (userId, isAdmin) = ReadUser(root);
        return new Interaction(type, id, token, applicationId, name, string.Join(' ', parts), focused, channelId, userId, isAdmin);
    }

    private static void CollectOptions(JsonElement holder, List<string> parts, ref string? focused)
    {
        if (!holder.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var option in options.EnumerateArray())
        {
            var optionType = option.TryGetProperty("type", out var t) && t.TryGetInt32(out var n) ? n : 0;
            if (optionType is SubcommandOptionType or SubcommandGroupOptionType)
            {
                parts.Add(String(option, "name"));
                CollectOptions(option, parts, ref focused);
                continue;
            }

            var value = option.TryGetProperty("value", out var v) ? Text(v) : "";
            if (option.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True)
            {
                focused = value;
            }

            if (value.Length > 0)
            {
                parts.Add(value.Trim());
            }
        }
    }

    private static (string UserId, bool IsAdmin) ReadUser(JsonElement root)
    {
        if (root.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object)
        {
            var user = member.TryGetProperty("user", out var u) ? String(u, "id") : "";
            var permissions = BigInteger.TryParse(String(member, "permissions"), NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
                ? bits
                : BigInteger.Zero;
            return (user, (permissions & (ManageGuild | Administrator)) != BigInteger.Zero);
        }

        return (root.TryGetProperty("user", out var dmUser) ? String(dmUser, "id") : "", false);
    }

    private static string String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Text(value) : "";

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "",
    };
}
