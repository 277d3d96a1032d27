using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace DigestBot.Core.Language;

/// <summary>
/// One slot of <see cref="LexiconTable"/>, 16 bytes: a listed word's <see cref="HeadOf">head</see> (its first eight
/// folded characters as bytes), its length and its classes. An empty slot has length 0, which no word has.
/// </summary>
internal readonly record struct LexiconSlot(ulong Head, int Length, WordClass Classes)
{
    /// <summary>The bit of a head that marks a word of more than eight characters (the top bit of its first byte).</summary>
    public const ulong Long = 0x80;

    /// <summary>
    /// A word's head: its first eight folded characters (<paramref name="folded"/>, zero past the word's end) narrowed
    /// to bytes, with <see cref="Long"/> set for a word of more than eight characters. A character past ASCII becomes
    /// 0xFF, which no listed word's head has, so such a word matches nothing. A word with no character 0 (no token has
    /// one) and a listed word have the same head exactly when they are the same word, or both are long and share
    /// their first eight characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong HeadOf(Vector128<ushort> folded, int length)
    {
        var bytes = folded | (Vector128.GreaterThan(folded, Vector128.Create((ushort)127)) & Vector128.Create((ushort)0xFF));
        return Vector128.Narrow(bytes, bytes).AsUInt64().ToScalar() | (length > WordKey.Head ? Long : 0);
    }

    /// <summary>True when <paramref name="head"/> and <paramref name="length"/> are the slot's word's (or, for a long word, its first eight characters').</summary>
    public bool Matches(ulong head, int length) => (Head == head) & (Length == length);

    /// <summary>The slot's classes when <paramref name="head"/> and <paramref name="length"/> are its word's, else none, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass ClassesIf(ulong head, int length) => (WordClass)((int)Classes & -(Matches(head, length) ? 1 : 0));

    /// <summary>
    /// The slot's classes when <paramref name="head"/> is its word's head, else none, without a branch: for a word
    /// known to have no character 0, whose head then tells its length (up to eight characters).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass ClassesIf(ulong head) => (WordClass)((int)Classes & -(Head == head ? 1 : 0));
}
