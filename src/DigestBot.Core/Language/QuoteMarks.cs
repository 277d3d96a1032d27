namespace DigestBot.Core.Language;

/// <summary>The double quotation marks the engine knows, straight and typographic.</summary>
internal static class QuoteMarks
{
    /// <summary>True for any double quotation mark.</summary>
    public static bool IsDouble(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB';

    /// <summary>True for a mark that can only open a quotation (“ „ «).</summary>
    public static bool IsOpeningOnly(char c) => c is '\u201C' or '\u201E' or '\u201F' or '\u00AB';

    /// <summary>True for a mark that can only close a quotation (” »).</summary>
    public static bool IsClosingOnly(char c) => c is '\u201D' or '\u00BB';
}
