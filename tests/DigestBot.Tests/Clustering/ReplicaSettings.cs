namespace DigestBot.Tests.Clustering;

/// <summary>The environment of a replica in the clustering tests: PostgreSQL, the fake Slack, one subscription every 10 s.</summary>
internal static class ReplicaSettings
{
    /// <summary>The subscribed channel.</summary>
    public const string Channel = "CCLUSTER";

    /// <summary>The variables a replica starts with.</summary>
    public static Dictionary<string, string> For(string connectionString, FakeSlackWorkspace slack) => new()
    {
        ["Storage__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = connectionString,
        ["Slack__BotToken"] = FakeSlackWorkspace.BotToken,
        ["Slack__SigningSecret"] = "cluster-test-signing-secret",
        ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
        ["Digest__Subscriptions__0__Platform"] = "slack",
        ["Digest__Subscriptions__0__Channel"] = Channel,
        ["Digest__Subscriptions__0__Cron"] = "0/10 * * * * ?",
        ["Digest__Subscriptions__0__TimeZone"] = "UTC",
        ["Discord__BotToken"] = "",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__DigestBot"] = "Information",
        ["Logging__LogLevel__System.Net.Http"] = "Warning",

        // "Start processing HTTP request POST .../chat.postMessage": shows which replica is mid-post.
        ["Logging__LogLevel__System.Net.Http.HttpClient.SlackApiClient.LogicalHandler"] = "Information",
        ["Logging__Console__FormatterName"] = "simple",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
        ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
    };
}
