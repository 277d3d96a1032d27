namespace DigestBot.Feeds.Decoding;

/// <summary>Tells UTF-8 text with a few corrupt bytes apart from text in a legacy single- or double-byte encoding.</summary>
internal static class Utf8Heuristics
{
    /// <summary>
    /// True when the bytes are valid UTF-8, or when valid multi-byte sequences outnumber the invalid bytes
    /// (a UTF-8 feed with some line noise is still UTF-8; a KOI8-R feed has almost no valid sequences).
    /// </summary>
    public static bool IsMostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        var invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var length = b > 0xF4 ? 0 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
            if (length > 0 && i + length <= bytes.Length && AreContinuations(bytes.Slice(i + 1, length - 1)))
            {
                valid++;
                i += length;
            }
            else
            {
                invalid++;
                i++;
            }
        }

        return invalid == 0 || valid > invalid * 2;
    }

    private static bool AreContinuations(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return true;
    }
}
