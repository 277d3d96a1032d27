using System.Text;

namespace DigestBot.Feeds.Identity;

/// <summary>
/// The form of a link used for identity: https, lower-case host, no default port, no tracking parameters
/// (utm_*, fbclid, gclid, xtor, ...), no tracking fragment ("#xtor=RSS-3208", "#ref=rss"). Never shown to users.
/// </summary>
public static class LinkCanonicalizer
{
    private static readonly HashSet<string> TrackingKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "xtor", "_ga", "igshid", "ncid", "cmpid", "at_medium", "at_campaign",
    };

    /// <summary>The canonical identity string of <paramref name="link"/>.</summary>
    public static string Canonicalize(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var builder = new StringBuilder("https://");
        builder.Append(link.IdnHost.ToLowerInvariant());
        if (!link.IsDefaultPort)
        {
            builder.Append(':').Append(link.Port);
        }

        builder.Append(link.AbsolutePath);
        var kept = link.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]))
            .ToList();
        if (kept.Count > 0)
        {
            builder.Append('?').AppendJoin('&', kept);
        }

        var fragment = link.Fragment.TrimStart('#');
        if (fragment.Length > 0 && !fragment.Contains('=', StringComparison.Ordinal))
        {
            builder.Append('#').Append(fragment);
        }

        return builder.ToString();
    }

    private static bool IsTracking(string key) =>
        key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingKeys.Contains(key);
}
