namespace DigestBot.Core.Subscriptions;

/// <summary>Checks IANA time zone names ("Europe/Berlin") and suggests close ones for a typo.</summary>
public static class TimeZoneResolver
{
    private static readonly Lazy<string[]> IanaIds = new(() => TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id)
        .Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC")
        .Order(StringComparer.Ordinal)
        .ToArray());

    /// <summary>Finds the zone named <paramref name="name"/>; on failure <paramref name="error"/> says why and suggests names.</summary>
    public static bool TryResolve(string? name, out TimeZoneInfo? zone, out string? error)
    {
        zone = null;
        error = null;
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0)
        {
            error = "A time zone is required, an IANA name such as Europe/Berlin or America/New_York.";
            return false;
        }

        var exact = IanaIds.Value.FirstOrDefault(id => string.Equals(id, trimmed, StringComparison.Ordinal));
        if (exact is not null && TimeZoneInfo.TryFindSystemTimeZoneById(exact, out zone))
        {
            return true;
        }

        var suggestions = Suggest(trimmed);
        error = suggestions.Count == 0
            ? $"Unknown time zone '{trimmed}'. Use an IANA name such as Europe/Berlin or America/New_York."
            : $"Unknown time zone '{trimmed}'. Did you mean {string.Join(", ", suggestions)}?";
        return false;
    }

    /// <summary>Up to three IANA names close to <paramref name="name"/>: same name in another case, same city, or a small edit away.</summary>
    public static IReadOnlyList<string> Suggest(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim().Replace(' ', '_');
        var city = wanted[(wanted.LastIndexOf('/') + 1)..];
        return IanaIds.Value
            .Select(id => (Id: id, Distance: Distance(id, wanted, city)))
            .Where(x => x.Distance <= Math.Max(2, wanted.Length / 4))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Id)
            .ToList();
    }

    private static int Distance(string id, string wanted, string city)
    {
        if (string.Equals(id, wanted, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var idCity = id[(id.LastIndexOf('/') + 1)..];
        if (string.Equals(idCity, city, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return Math.Min(
            Levenshtein(id.ToUpperInvariant(), wanted.ToUpperInvariant()),
            Levenshtein(idCity.ToUpperInvariant(), city.ToUpperInvariant()) + 1);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
