using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Feeds.Decoding;

/// <summary>
/// Chooses the encoding of feed bytes as XML does (BOM, then the XML declaration, then UTF-8), with the repairs
/// real feeds need: UTF-16/32 without a BOM sniffed from the first bytes, declarations that cannot be right
/// ignored, and undeclared non-UTF-8 bytes (KOI8-R, windows-1255, Shift_JIS) recognised by charset detection.
/// </summary>
public static partial class FeedDecoder
{
    static FeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; never throws.</summary>
    public static DecodedFeed Decode(ReadOnlySpan<byte> bytes)
    {
        if (ByteOrderMark.Detect(bytes) is { } bom)
        {
            return new(bom.Encoding.GetString(bytes[bom.Length..]), bom.Name, "bom");
        }

        if (ByteOrderMark.Sniff(bytes) is { } sniffed)
        {
            return new(sniffed.Encoding.GetString(bytes), sniffed.Name, "sniffed");
        }

        var declared = DeclaredEncoding(bytes);
        if (declared is not null && !IsUnicodeWide(declared) && TryGetEncoding(declared, out var encoding))
        {
            var name = NormaliseName(declared, encoding);
            if (name != "utf-8" || Utf8Heuristics.IsMostlyUtf8(bytes))
            {
                return new(DecodeWith(name, encoding, bytes), name, "declaration");
            }
        }

        if (Utf8Heuristics.IsMostlyUtf8(bytes))
        {
            return new(Encoding.UTF8.GetString(bytes), "utf-8", "default");
        }

        return Detect(bytes);
    }

    private static DecodedFeed Detect(ReadOnlySpan<byte> bytes)
    {
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(bytes.ToArray());
        var detected = result.Detected;
        if (detected?.Encoding is { } encoding && detected.Confidence >= 0.3f && !IsUnicodeWide(encoding.WebName))
        {
            var name = NormaliseName(encoding.WebName, encoding);
            return new(DecodeWith(name, encoding, bytes), name, "detected");
        }

        var fallback = Encoding.GetEncoding(1252);
        return new(fallback.GetString(bytes), "windows-1252", "detected");
    }

    // ISO-8859-1 is decoded as windows-1252, as browsers do: feeds that declare Latin-1 routinely hold 1252 quotes.
    private static string DecodeWith(string name, Encoding encoding, ReadOnlySpan<byte> bytes) =>
        name is "iso-8859-1" or "us-ascii" ? Encoding.GetEncoding(1252).GetString(bytes) : encoding.GetString(bytes);

    private static bool IsUnicodeWide(string name) =>
        name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("utf-32", StringComparison.OrdinalIgnoreCase)
        || name.Equals("ucs-2", StringComparison.OrdinalIgnoreCase)
        || name.Equals("unicode", StringComparison.OrdinalIgnoreCase);

    private static bool TryGetEncoding(string name, out Encoding encoding)
    {
        try
        {
            encoding = Encoding.GetEncoding(name);
            return true;
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
            return false;
        }
    }

    private static string NormaliseName(string declared, Encoding encoding)
    {
        var lower = declared.ToLowerInvariant();
        return lower switch
        {
            "latin1" or "latin-1" or "iso8859-1" or "iso_8859-1" or "l1" => "iso-8859-1",
            "utf8" => "utf-8",
            _ when lower.StartsWith("iso-8859-", StringComparison.Ordinal) => lower,
            _ => encoding.WebName.ToLowerInvariant(),
        };
    }

    // The declaration is ASCII in every encoding that reaches this point; it may follow whitespace or a comment.
    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var match = Declaration().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""<\?xml[^>]*?encoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)["']""")]
    private static partial Regex Declaration();
}
