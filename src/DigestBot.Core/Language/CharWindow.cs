using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DigestBot.Core.Language;

/// <summary>
/// The classes of the <see cref="Width"/> characters from a position, as bit masks (bit k is the character at the
/// position + k), from one vector load: the tokenizer finds where spaces and words end by counting zero bits instead
/// of testing one character at a time.
/// </summary>
/// <remarks>
/// A loop that tests each character stops at a place the processor cannot guess (a word's length), and a wrong
/// guess costs about as much as tokenizing a short word. Counting bits has no such branch.
/// </remarks>
internal readonly struct CharWindow
{
    /// <summary>Characters one window covers.</summary>
    public const int Width = 16;

    private CharWindow(uint space, uint newline, uint word, uint joinsWord)
    {
        Space = space;
        Newline = newline;
        Word = word;
        JoinsWord = joinsWord;
    }

    /// <summary>ASCII white space, as <see cref="CharClasses.Space"/>.</summary>
    public uint Space { get; }

    /// <summary>Line feeds.</summary>
    public uint Newline { get; }

    /// <summary>ASCII letters and digits.</summary>
    public uint Word { get; }

    /// <summary>
    /// Characters where a word may go on past its ASCII letters and digits, so the tokenizer's general scan decides:
    /// a connector (<c>' . - &amp; :</c>) followed by a word character or a non-ASCII one, and any non-ASCII
    /// character. The last character's follower is unknown, so a connector there counts too.
    /// </summary>
    public uint JoinsWord { get; }

    /// <summary>The window of <paramref name="chars"/> from <paramref name="start"/>; needs <see cref="Width"/> characters there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharWindow At(ReadOnlySpan<char> chars, int start)
    {
        var v = Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(chars.Slice(start, Width)));
        var letter = Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        var digit = Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        var space = Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.LessThan(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)5));
        var connector = Vector256.Equals(v, Vector256.Create((ushort)'\'')) | Vector256.Equals(v, Vector256.Create((ushort)'.'))
            | Vector256.Equals(v, Vector256.Create((ushort)'-')) | Vector256.Equals(v, Vector256.Create((ushort)'&'))
            | Vector256.Equals(v, Vector256.Create((ushort)':'));
        var nonAscii = Vector256.GreaterThan(v, Vector256.Create((ushort)127));
        var word = (letter | digit).ExtractMostSignificantBits();
        var high = nonAscii.ExtractMostSignificantBits();
        var followedByWordChar = (word | high | (1u << Width)) >> 1;
        return new CharWindow(
            space.ExtractMostSignificantBits(),
            Vector256.Equals(v, Vector256.Create((ushort)'\n')).ExtractMostSignificantBits(),
            word,
            (connector.ExtractMostSignificantBits() & followedByWordChar) | high);
    }
}
