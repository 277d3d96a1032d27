using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigestBot.Slack.Tests.Fakes;

/// <summary>Checks a message body against Slack's Block Kit limits and for mentions the bot must never make.</summary>
internal static class MessageShape
{
    private static readonly string[] Forbidden = ["<!channel", "<!here", "<!everyone", "<@", "<#"];

    public static void Check(string method, JsonObject body, ConcurrentQueue<string> violations)
    {
        if (body["text"]?.GetValueKind() != JsonValueKind.String)
        {
            violations.Enqueue($"{method}: text is missing");
        }
        else if (body["text"]!.GetValue<string>().Length > 40_000)
        {
            violations.Enqueue($"{method}: text longer than 40,000");
        }

        if (body["blocks"] is not JsonArray blocks)
        {
            violations.Enqueue($"{method}: blocks is not an array");
            return;
        }

        if (blocks.Count > 50)
        {
            violations.Enqueue($"{method}: {blocks.Count} blocks (max 50)");
        }

        foreach (var block in blocks.OfType<JsonObject>())
        {
            var type = block["type"]?.GetValue<string>();
            switch (type)
            {
                case "header":
                    Text(method, block["text"], "plain_text", 150, violations);
                    break;
                case "section":
                    Text(method, block["text"], "mrkdwn", 3000, violations);
                    break;
                case "context":
                    var elements = block["elements"] as JsonArray;
                    if (elements is null || elements.Count is 0 or > 10)
                    {
                        violations.Enqueue($"{method}: context needs 1-10 elements");
                    }

                    foreach (var element in elements ?? [])
                    {
                        Text(method, element, "mrkdwn", 3000, violations);
                    }

                    break;
                case "divider":
                    break;
                default:
                    violations.Enqueue($"{method}: unexpected block type {type}");
                    break;
            }
        }

        foreach (var value in Strings(body))
        {
            foreach (var bad in Forbidden.Where(b => value.Contains(b, StringComparison.Ordinal)))
            {
                violations.Enqueue($"{method}: contains {bad}");
            }
        }
    }

    /// <summary>All string values of <paramref name="node"/>, one a line, unescaped (ToJsonString escapes &lt; and &amp;).</summary>
    public static string AllText(JsonNode? node) => string.Join('\n', Strings(node));

    /// <summary>Every string value anywhere in <paramref name="node"/>.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };

    private static void Text(string method, JsonNode? text, string type, int max, ConcurrentQueue<string> violations)
    {
        if (text is not JsonObject obj || obj["type"]?.GetValue<string>() != type || obj["text"]?.GetValueKind() != JsonValueKind.String)
        {
            violations.Enqueue($"{method}: expected a {type} text object, got {text?.ToJsonString()}");
            return;
        }

        var length = obj["text"]!.GetValue<string>().Length;
        if (length is 0 || length > max)
        {
            violations.Enqueue($"{method}: {type} text of {length} characters (1-{max})");
        }
    }
}
