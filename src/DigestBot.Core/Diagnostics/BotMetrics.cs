using System.Diagnostics.Metrics;
using DigestBot.Core.Delivery;

namespace DigestBot.Core.Diagnostics;

/// <summary>The bot's counters on the "DigestBot" <see cref="Meter"/>; any part increments them, the host exports them.</summary>
public static class BotMetrics
{
    /// <summary>The meter name a host listens to (Prometheus, OpenTelemetry, dotnet-counters); exporters prefix it, so instrument names do not repeat it.</summary>
    public const string MeterName = "DigestBot";

    private static readonly Meter Meter = new(MeterName, "1.0");

    /// <summary>Articles newly added to the index.</summary>
    public static Counter<long> ArticlesIndexed { get; } =
        Meter.CreateCounter<long>("articles.indexed", "{article}", "Articles newly added to the index");

    /// <summary>Questions answered, tagged with the answer kind.</summary>
    public static Counter<long> QuestionsAnswered { get; } =
        Meter.CreateCounter<long>("questions.answered", "{question}", "Questions answered, by answer kind");

    /// <summary>Digests posted to a channel, tagged with the platform.</summary>
    public static Counter<long> DigestsSent { get; } =
        Meter.CreateCounter<long>("digests.sent", "{digest}", "Digests posted to a channel, by platform");

    /// <summary>Digests that could not be posted, tagged with the platform and the delivery status.</summary>
    public static Counter<long> DigestsFailed { get; } =
        Meter.CreateCounter<long>("digests.failed", "{digest}", "Digests that could not be posted, by platform and status");

    /// <summary>HTTP 429 answers from a chat platform, tagged with the platform.</summary>
    public static Counter<long> PlatformRateLimited { get; } =
        Meter.CreateCounter<long>("platform.rate_limited", "{response}", "HTTP 429 answers from a chat platform, by platform");

    /// <summary>Counts one question answered with the given kind.</summary>
    public static void QuestionAnswered(string kind) =>
        QuestionsAnswered.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>Counts one 429 from <paramref name="platform"/> ("discord", "slack").</summary>
    public static void RateLimited(string platform) =>
        PlatformRateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>Counts one digest delivery outcome: sent when delivered, failed (with the status) otherwise.</summary>
    public static void DigestDelivered(string platform, DeliveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tag = new KeyValuePair<string, object?>("platform", platform);
        if (result.Status == DeliveryStatus.Delivered)
        {
            DigestsSent.Add(1, tag);
            return;
        }

        DigestsFailed.Add(1, tag, new KeyValuePair<string, object?>("status", result.Status.ToString()));
    }
}
