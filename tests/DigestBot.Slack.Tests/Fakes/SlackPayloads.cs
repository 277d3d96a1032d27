using System.Text.Json.Nodes;

namespace DigestBot.Slack.Tests.Fakes;

/// <summary>Events API bodies shaped like Slack's (checked against the shared event wrapper schema).</summary>
internal static class SlackPayloads
{
    public static string Mention(string eventId, string channel, string text, string ts = "1700000000.000100",
        string? threadTs = null, string user = "U200", string? botId = null)
    {
        var ev = new JsonObject { ["type"] = "app_mention", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts };
        if (threadTs is not null)
        {
            ev["thread_ts"] = threadTs;
        }

        if (botId is not null)
        {
            ev["bot_id"] = botId;
        }

        return new JsonObject
        {
            ["token"] = "legacy",
            ["team_id"] = "T1",
            ["api_app_id"] = "A1",
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = 1700000000,
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = "T1", ["user_id"] = FakeSlackApi.BotUserId, ["is_bot"] = true }),
            ["event"] = ev,
        }.ToJsonString();
    }
}
