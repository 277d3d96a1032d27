using System.Globalization;
using System.Text;
using AngleSharp.Html;

namespace DigestBot.Feeds.Markup;

/// <summary>
/// Resolves character and entity references the way a browser would: XML's five, numeric references, every HTML
/// named entity (<c>&amp;nbsp;</c>, <c>&amp;hellip;</c>) and entities declared in the document's internal subset.
/// A bare or unknown <c>&amp;</c> stays literal.
/// </summary>
internal static class EntityDecoder
{
    /// <summary>Decodes the references in <paramref name="text"/>.</summary>
    public static string Decode(string text, IReadOnlyDictionary<string, string>? declared = null)
    {
        var amp = text.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, amp);
        var i = amp;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '&')
            {
                builder.Append(c);
                i++;
                continue;
            }

            var semicolon = text.IndexOf(';', i + 1, Math.Min(40, text.Length - i - 1));
            var resolved = semicolon > i + 1 ? Resolve(text.AsSpan(i + 1, semicolon - i - 1), declared) : null;
            if (resolved is null)
            {
                builder.Append('&');
                i++;
                continue;
            }

            builder.Append(resolved);
            i = semicolon + 1;
        }

        return builder.ToString();
    }

    private static string? Resolve(ReadOnlySpan<char> name, IReadOnlyDictionary<string, string>? declared)
    {
        if (name[0] == '#')
        {
            return ResolveNumeric(name[1..]);
        }

        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default: break;
        }

        var key = name.ToString();
        if (declared is not null && declared.TryGetValue(key, out var value))
        {
            return value;
        }

        return HtmlEntityProvider.Resolver.GetSymbol(key + ";");
    }

    private static string? ResolveNumeric(ReadOnlySpan<char> digits)
    {
        var hex = digits.Length > 0 && (digits[0] == 'x' || digits[0] == 'X');
        var number = hex ? digits[1..] : digits;
        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        if (!int.TryParse(number, style, CultureInfo.InvariantCulture, out var code) || code <= 0 || code > 0x10FFFF
            || (code >= 0xD800 && code <= 0xDFFF))
        {
            return null;
        }

        return char.ConvertFromUtf32(code);
    }
}
