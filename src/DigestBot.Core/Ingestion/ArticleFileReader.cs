using System.Text;

namespace DigestBot.Core.Ingestion;

/// <summary>Reads an article file as strict UTF-8 and refuses what is not an article: empty, too large, binary or mis-encoded.</summary>
public static class ArticleFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file extensions indexed, lower case.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md" };

    /// <summary>Reads <paramref name="path"/>; returns the text, or null and the reason it was refused.</summary>
    public static async Task<(string? Text, string? Reason)> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (null, "file not found");
        }

        if (info.Length > maxBytes)
        {
            return (null, $"{info.Length} bytes is over the limit of {maxBytes} (Ingestion:MaxFileBytes)");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Decode(bytes, maxBytes);
    }

    /// <summary>Checks and decodes file bytes; returns the text, or null and the reason they were refused.</summary>
    public static (string? Text, string? Reason) Decode(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            return (null, $"{bytes.Length} bytes is over the limit of {maxBytes} (Ingestion:MaxFileBytes)");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return (null, $"binary content (NUL byte at offset {nul})");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, $"not valid UTF-8 (at byte {ex.Index})");
        }

        text = text.TrimStart('\uFEFF');
        if (text.Trim().Length == 0)
        {
            return (null, "empty");
        }

        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        return controls > 0
            ? (null, $"binary content ({controls} control characters)")
            : (text, null);
    }
}
