using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestBot.Feeds.Parsing;

/// <summary>
/// Parses the dates feeds really contain: ISO 8601 / RFC 3339, RFC 822 with named or military zones, and the
/// near-misses (no seconds, no zone, month before day, 12-hour clock, non-English month names, absurd offsets).
/// Returns null when no day, month and year can be found; the poller then uses the first-seen time.
/// </summary>
public static partial class FeedDateParser
{
    /// <summary>Parses <paramref name="value"/>, or returns null.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        return ParseIso(text) ?? ParseTokens(text) ?? ParseFramework(text);
    }

    private static DateTimeOffset? ParseIso(string text)
    {
        var m = Iso().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var offset = m.Groups["zone"].Success ? DateZones.ParseNumeric(m.Groups["zone"].Value) : TimeSpan.Zero;
        return Build(
            Int(m, "y"), Int(m, "mo"), m.Groups["d"].Success ? Int(m, "d") : 1,
            Int(m, "h"), Int(m, "mi"), Int(m, "s"), Fraction(m.Groups["f"].Value), offset ?? TimeSpan.Zero);
    }

    private static DateTimeOffset? ParseTokens(string text)
    {
        int? day = null, month = null, year = null, hour = null, minute = null, second = null;
        bool? pm = null;
        TimeSpan? offset = null;
        foreach (var token in Tokens().Split(text))
        {
            if (token.Length == 0)
            {
                continue;
            }

            var time = Time().Match(token);
            if (time.Success)
            {
                hour = Int(time, "h");
                minute = Int(time, "mi");
                second = Int(time, "s");
                if (time.Groups["zone"].Success)
                {
                    offset = DateZones.ParseNumeric(time.Groups["zone"].Value) ?? TimeSpan.Zero;
                }
            }
            else if (token.Equals("AM", StringComparison.OrdinalIgnoreCase) || token.Equals("PM", StringComparison.OrdinalIgnoreCase))
            {
                pm = token.Equals("PM", StringComparison.OrdinalIgnoreCase);
            }
            else if (token[0] is '+' or '-' && token.Length >= 3)
            {
                offset = DateZones.ParseNumeric(token) ?? TimeSpan.Zero;
            }
            else if (char.IsDigit(token[0]))
            {
                if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    continue;
                }

                if (token.Length == 4 || day is not null)
                {
                    year ??= token.Length <= 2 ? (number < 50 ? 2000 + number : 1900 + number) : number;
                }
                else
                {
                    day = number;
                }
            }
            else if (DateMonths.Find(token) is { } found && month is null)
            {
                month = found;
            }
            else if (offset is null && DateZones.FindNamed(token) is { } zone)
            {
                offset = zone;
            }
        }

        if (day is null || month is null || year is null)
        {
            return null;
        }

        var h = hour ?? 0;
        h = pm switch
        {
            true when h < 12 => h + 12,
            false when h == 12 => 0,
            _ => h,
        };
        return Build(year.Value, month.Value, day.Value, h, minute ?? 0, second ?? 0, 0, offset ?? TimeSpan.Zero);
    }

    private static DateTimeOffset? ParseFramework(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    private static DateTimeOffset? Build(
        int year, int month, int day, int hour, int minute, int second, double fraction, TimeSpan offset)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return null;
        }

        var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified);
        return new DateTimeOffset(local.AddSeconds(fraction), offset);
    }

    private static int Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    private static double Fraction(string digits) =>
        digits.Length == 0 ? 0 : double.Parse("0." + digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})(?:-(?<d>\d{1,2}))?(?:[T ]+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,7})\d*)?)?)?\s*(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?(?<zone>[+-]\d{2}:?\d{2})?$")]
    private static partial Regex Time();

    // Separators: whitespace, commas, and the dashes or slashes of "16-Dec-2023" (a leading '-' stays: a zone).
    [GeneratedRegex(@"[\s,]+|(?<=\w)[-/](?=\w)")]
    private static partial Regex Tokens();
}
