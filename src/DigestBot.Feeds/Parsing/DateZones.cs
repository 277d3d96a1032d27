using System.Globalization;

namespace DigestBot.Feeds.Parsing;

/// <summary>Time zone offsets: numeric (+0200, -05:00) and the names feeds use (EST, PDT, Z, military letters).</summary>
internal static class DateZones
{
    private static readonly Dictionary<string, double> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0,
        ["UT"] = 0,
        ["UTC"] = 0,
        ["Z"] = 0,
        ["WET"] = 0,
        ["EST"] = -5,
        ["EDT"] = -4,
        ["CST"] = -6,
        ["CDT"] = -5,
        ["MST"] = -7,
        ["MDT"] = -6,
        ["PST"] = -8,
        ["PDT"] = -7,
        ["AKST"] = -9,
        ["AKDT"] = -8,
        ["HST"] = -10,
        ["AST"] = -4,
        ["ADT"] = -3,
        ["BST"] = 1,
        ["IST"] = 5.5,
        ["CET"] = 1,
        ["CEST"] = 2,
        ["MET"] = 1,
        ["MEST"] = 2,
        ["WEST"] = 1,
        ["EET"] = 2,
        ["EEST"] = 3,
        ["MSK"] = 3,
        ["JST"] = 9,
        ["KST"] = 9,
        ["HKT"] = 8,
        ["SGT"] = 8,
        ["AEST"] = 10,
        ["AEDT"] = 11,
        ["ACST"] = 9.5,
        ["AWST"] = 8,
        ["NZST"] = 12,
        ["NZDT"] = 13,
    };

    /// <summary>A named zone's offset, or null when the token is not a zone name.</summary>
    public static TimeSpan? FindNamed(string token)
    {
        if (Named.TryGetValue(token, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        // RFC 822 military zones: A-I = -1..-9, K-M = -10..-12, N-Y = +1..+12 (J is unused).
        if (token.Length == 1 && char.IsAsciiLetterUpper(token[0]) && token[0] != 'J')
        {
            var c = token[0];
            var value = c <= 'I' ? -(c - 'A' + 1) : c <= 'M' ? -(c - 'K' + 10) : c - 'N' + 1;
            return TimeSpan.FromHours(value);
        }

        return null;
    }

    /// <summary>Parses "+0200", "-05:00", "+02" or "Z"; null for an offset no place on earth has (such as +3000).</summary>
    public static TimeSpan? ParseNumeric(string token)
    {
        if (token is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var digits = token[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            return null;
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return token[0] == '-' ? -offset : offset;
    }
}
