using System.Globalization;
using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Digests;

/// <summary>Checks "Digest:Subscriptions" on start: platform, channel, exactly one of Time or Cron, a valid cron, a known IANA zone.</summary>
internal sealed class DigestOptionsValidator(IDigestSchedule schedule) : IValidateOptions<DigestOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Subscriptions.Count; i++)
        {
            var s = options.Subscriptions[i];
            var key = $"Digest:Subscriptions:{i}";
            if (string.IsNullOrWhiteSpace(s.Platform))
            {
                failures.Add($"{key}:Platform is required (discord, slack or console).");
            }

            if (string.IsNullOrWhiteSpace(s.Channel))
            {
                failures.Add($"{key}:Channel is required (the platform's channel id).");
            }

            var hasTime = !string.IsNullOrWhiteSpace(s.Time);
            var hasCron = !string.IsNullOrWhiteSpace(s.Cron);
            if (hasTime == hasCron)
            {
                failures.Add($"{key}: give exactly one of Time (HH:mm) or Cron (Quartz syntax with seconds).");
            }
            else if (hasTime && !TimeOnly.TryParseExact(s.Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                failures.Add($"{key}:Time '{s.Time}' is not a 24-hour HH:mm time such as 08:00.");
            }
            else if (hasCron && schedule.ValidateCron(s.Cron!) is { } cronError)
            {
                failures.Add($"{key}:Cron '{s.Cron}' is not a valid Quartz cron expression: {cronError}");
            }

            if (!TimeZoneResolver.TryResolve(s.TimeZone, out _, out var zoneError))
            {
                failures.Add($"{key}:TimeZone: {zoneError}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
