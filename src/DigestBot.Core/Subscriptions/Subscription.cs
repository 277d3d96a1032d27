using System.Globalization;

namespace DigestBot.Core.Subscriptions;

/// <summary>A channel's daily digest subscription as stored.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Platform">"discord", "slack" or "console".</param>
/// <param name="ChannelId">The platform's channel id.</param>
/// <param name="Time">Local time of day "HH:mm", or null when <paramref name="Cron"/> is set.</param>
/// <param name="Cron">A Quartz cron expression, or null when <paramref name="Time"/> is set.</param>
/// <param name="TimeZone">IANA time zone of the schedule.</param>
/// <param name="Enabled">False once the platform refused the channel (403/404).</param>
/// <param name="DisabledReason">Why it was disabled.</param>
/// <param name="CreatedAt">When it was first stored.</param>
public sealed record Subscription(
    long Id,
    string Platform,
    string ChannelId,
    string? Time,
    string? Cron,
    string TimeZone,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset CreatedAt)
{
    /// <summary>The schedule as a Quartz cron expression (a daily time becomes "0 mm HH ? * *").</summary>
    public string CronExpression
    {
        get
        {
            if (Cron is { Length: > 0 })
            {
                return Cron;
            }

            var time = TimeOnly.ParseExact(Time ?? "", "HH:mm", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"0 {time.Minute} {time.Hour} ? * *");
        }
    }

    /// <summary>The schedule as a person reads it: "08:00 Europe/Berlin" or "cron '0 0 8 ? * MON-FRI' Europe/Berlin".</summary>
    public string Describe() => Cron is { Length: > 0 } ? $"cron '{Cron}' {TimeZone}" : $"{Time} {TimeZone}";
}
