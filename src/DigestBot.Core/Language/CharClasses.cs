using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>The character classes the engine's tokenizer reads: one table lookup for ASCII, the general tests otherwise.</summary>
internal static class CharClasses
{
    /// <summary>A letter or digit.</summary>
    public const byte WordChar = 1;

    /// <summary>A digit.</summary>
    public const byte Digit = 2;

    /// <summary>An ASCII upper-case letter.</summary>
    public const byte Upper = 4;

    /// <summary>An ASCII lower-case letter.</summary>
    public const byte Lower = 8;

    /// <summary>White space.</summary>
    public const byte Space = 16;

    /// <summary>
    /// <see cref="WordChar"/>, <see cref="Digit"/>, <see cref="Upper"/>, <see cref="Lower"/> and <see cref="Space"/>
    /// of each ASCII character, as <c>char.IsLetterOrDigit</c>, <c>char.IsDigit</c>, <c>char.IsAsciiLetterUpper</c>,
    /// <c>char.IsAsciiLetterLower</c> and <c>char.IsWhiteSpace</c> say (a test checks it): constant data in the
    /// assembly, read without loading an array reference or checking its bounds.
    /// </summary>
    public static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 16, 16, 16, 16, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
        0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0,
        0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0, 0, 0, 0, 0,
    ];

    /// <summary>The classes of <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Of(char c) => c < 128 ? Ascii[c] : OfNonAscii(c);

    /// <summary>True for a letter or digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? (Ascii[c] & WordChar) != 0 : IsNonAsciiWordChar(c);

    private static byte OfNonAscii(char c)
    {
        var flags = char.IsWhiteSpace(c) ? Space : (byte)0;
        if (char.IsLetterOrDigit(c))
        {
            flags |= char.IsDigit(c) ? (byte)(WordChar | Digit) : WordChar;
        }

        return flags;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsNonAsciiWordChar(char c) => char.IsLetterOrDigit(c);
}
