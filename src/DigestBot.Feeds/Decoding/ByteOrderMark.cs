using System.Text;

namespace DigestBot.Feeds.Decoding;

/// <summary>Unicode encodings recognised from a byte order mark, or from the zero bytes around the first '&lt;'.</summary>
internal sealed record ByteOrderMark(Encoding Encoding, string Name, int Length)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(false, false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(true, false);
    private static readonly Encoding Utf32Le = new UTF32Encoding(false, false);
    private static readonly Encoding Utf32Be = new UTF32Encoding(true, false);

    /// <summary>The encoding announced by a BOM, or null.</summary>
    public static ByteOrderMark? Detect(ReadOnlySpan<byte> b)
    {
        if (b is [0xEF, 0xBB, 0xBF, ..])
        {
            return new(Utf8, "utf-8", 3);
        }

        if (b is [0xFF, 0xFE, 0x00, 0x00, ..])
        {
            return new(Utf32Le, "utf-32le", 4);
        }

        if (b is [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            return new(Utf32Be, "utf-32be", 4);
        }

        if (b is [0xFF, 0xFE, ..])
        {
            return new(Utf16Le, "utf-16le", 2);
        }

        return b is [0xFE, 0xFF, ..] ? new(Utf16Be, "utf-16be", 2) : null;
    }

    /// <summary>UTF-16/32 without a BOM, told apart by where the zero bytes fall around the first character.</summary>
    public static ByteOrderMark? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4)
        {
            return null;
        }

        return (b[0], b[1], b[2], b[3]) switch
        {
            (0, 0, 0, not 0) => new(Utf32Be, "utf-32be", 0),
            (not 0, 0, 0, 0) => new(Utf32Le, "utf-32le", 0),
            (0, not 0, 0, not 0) => new(Utf16Be, "utf-16be", 0),
            (not 0, 0, not 0, 0) => new(Utf16Le, "utf-16le", 0),
            _ => null,
        };
    }
}
