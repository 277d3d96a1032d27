using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DigestBot.Core.Language;

/// <summary>
/// The classes of the <see cref="Width"/> characters from a position, as 64-bit masks (bit k is the character at the
/// position + k), from four vector loads narrowed to two vectors of bytes: the tokenizer finds where spaces and words
/// end by counting zero bits, and takes about a dozen tokens from one block before it needs the next.
/// </summary>
/// <remarks>
/// A loop that tests each character stops at a place the processor cannot guess (a word's length), and a wrong
/// guess costs about as much as tokenizing a short word. Counting bits has no such branch; classifying 64 characters
/// at once, rather than a window per token, spends the vector work once per character.
/// </remarks>
[StructLayout(LayoutKind.Auto)]
internal readonly struct CharBlock
{
    /// <summary>Characters one block covers.</summary>
    public const int Width = 64;

    private const int Lanes = 16; // characters per vector load

    private CharBlock(ulong space, ulong word, ulong joinsWord, ulong apostrophe)
    {
        Space = space;
        Word = word;
        JoinsWord = joinsWord;
        Irregular = joinsWord | apostrophe;
        TokenStarts = ~space & ~(word & (word << 1));
    }

    /// <summary>ASCII white space, as <see cref="CharClasses.Space"/>.</summary>
    public ulong Space { get; }

    /// <summary>ASCII letters and digits.</summary>
    public ulong Word { get; }

    /// <summary>
    /// Characters where a word may go on past its ASCII letters and digits, so the tokenizer's general scan decides:
    /// a connector (<c>' . - &amp; :</c>) followed by a word character or a non-ASCII one, and any non-ASCII
    /// character. The last character's follower is not in the block, so a connector there counts too.
    /// </summary>
    public ulong JoinsWord { get; }

    /// <summary>
    /// Characters the tokenizer's plain run stops at: <see cref="JoinsWord"/> and every ASCII apostrophe (a token that
    /// starts with one, a possessive or a lone mark, takes the general path).
    /// </summary>
    public ulong Irregular { get; }

    /// <summary>
    /// Where a token starts, if the block starts at a token's start or a space: a character that is not a space and not
    /// a letter or digit after another (a word's first character, or a mark). Right only up to the first
    /// <see cref="Irregular"/> character, where words may join past what the masks see.
    /// </summary>
    public ulong TokenStarts { get; }

    /// <summary>The block of <paramref name="chars"/> from <paramref name="start"/>; needs <see cref="Width"/> characters there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharBlock At(ReadOnlySpan<char> chars, int start)
    {
        var block = MemoryMarshal.Cast<char, ushort>(chars.Slice(start, Width));
        ulong space = 0, word = 0, connector = 0, high = 0, apostrophe = 0;
        for (var k = 0; k < Width; k += 2 * Lanes)
        {
            // Characters past 255 count as 255, so narrowed to bytes every character keeps its class (from 128 on,
            // non-ASCII), and each test below covers 32 characters, not 16.
            var v = Vector256.Narrow(
                Vector256.Min(Vector256.Create(block.Slice(k, Lanes)), Vector256.Create((ushort)0xFF)),
                Vector256.Min(Vector256.Create(block.Slice(k + Lanes, Lanes)), Vector256.Create((ushort)0xFF)));
            var letter = Vector256.LessThan((v | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)26));
            var isDigit = Vector256.LessThan(v - Vector256.Create((byte)'0'), Vector256.Create((byte)10));
            var isSpace = Vector256.Equals(v, Vector256.Create((byte)' ')) | Vector256.LessThan(v - Vector256.Create((byte)'\t'), Vector256.Create((byte)5));
            var isApostrophe = Vector256.Equals(v, Vector256.Create((byte)'\''));
            var isConnector = isApostrophe | Vector256.Equals(v, Vector256.Create((byte)'.'))
                | Vector256.Equals(v, Vector256.Create((byte)'-')) | Vector256.Equals(v, Vector256.Create((byte)'&'))
                | Vector256.Equals(v, Vector256.Create((byte)':'));
            space |= (ulong)isSpace.ExtractMostSignificantBits() << k;
            word |= (ulong)(letter | isDigit).ExtractMostSignificantBits() << k;
            connector |= (ulong)isConnector.ExtractMostSignificantBits() << k;
            apostrophe |= (ulong)isApostrophe.ExtractMostSignificantBits() << k;
            high |= (ulong)v.ExtractMostSignificantBits() << k; // bytes from 128: non-ASCII
        }

        var followedByWordChar = ((word | high) >> 1) | (1UL << (Width - 1));
        return new CharBlock(space, word, (connector & followedByWordChar) | high, apostrophe);
    }

    /// <summary>
    /// The block from <paramref name="start"/> when fewer than <see cref="Width"/> characters are left: the text's
    /// end is followed by spaces, which end a word as the text's end does.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static CharBlock AtEnd(ReadOnlySpan<char> chars, int start)
    {
        Span<char> padded = stackalloc char[Width];
        padded.Fill(' ');
        chars[start..].CopyTo(padded);
        return At(padded, 0);
    }
}
