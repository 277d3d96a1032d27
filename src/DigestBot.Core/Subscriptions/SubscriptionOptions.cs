namespace DigestBot.Core.Subscriptions;

/// <summary>One entry of "Digest:Subscriptions": a channel and when it gets its digest.</summary>
public sealed class SubscriptionOptions
{
    /// <summary>"discord", "slack" or "console".</summary>
    public string Platform { get; set; } = "";

    /// <summary>The platform's channel id.</summary>
    public string Channel { get; set; } = "";

    /// <summary>Local time of day "HH:mm"; give this or <see cref="Cron"/>.</summary>
    public string? Time { get; set; }

    /// <summary>A Quartz cron expression (seconds field first) instead of <see cref="Time"/>.</summary>
    public string? Cron { get; set; }

    /// <summary>IANA time zone the time or cron is in, e.g. "Europe/Berlin".</summary>
    public string TimeZone { get; set; } = "UTC";
}
