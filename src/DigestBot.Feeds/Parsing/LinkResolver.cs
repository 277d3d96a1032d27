namespace DigestBot.Feeds.Parsing;

/// <summary>Makes item links absolute (against xml:base or the feed address) and keeps only http(s) ones.</summary>
internal static class LinkResolver
{
    /// <summary>The absolute http(s) form of <paramref name="raw"/>, or null when it has none.</summary>
    public static Uri? Resolve(string? raw, Uri? baseUri)
    {
        var trimmed = raw?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) ? absolute : null;
        }

        if (baseUri is null || !IsHttp(baseUri) || HasOtherScheme(trimmed))
        {
            return null;
        }

        return Uri.TryCreate(baseUri, trimmed, out var combined) && IsHttp(combined) ? combined : null;
    }

    /// <summary>Whether the URI is http or https.</summary>
    public static bool IsHttp(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // "tag:example.com,2003:1", "urn:uuid:...", "mailto:" are identifiers, not links.
    private static bool HasOtherScheme(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && value[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            && char.IsAsciiLetter(value[0]);
    }
}
