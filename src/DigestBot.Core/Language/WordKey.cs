using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DigestBot.Core.Language;

/// <summary>
/// A word as the engine's tables see it: its first eight characters, folded as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares and packed one per 16 bits, four in <see cref="Low"/> and
/// four in <see cref="High"/> (zero past the word's end), its length, and a hash of all its folded characters. Up to
/// eight characters the key is the word exactly; longer words share their first eight with others, so tables confirm
/// them against their text.
/// </summary>
/// <remarks>
/// Computed for every word of every article, so it is built without a branch per character: the eight characters are
/// read, cut to the word and case-folded as one vector, and words of up to eight characters (nearly all) take the same
/// path whatever their length, which keeps the processor's branch guesses right. <see cref="WordClassPass"/> builds
/// the same hash from the same parts (<see cref="FoldAscii"/>, <see cref="Chain"/>, <see cref="HashOf"/>) in its own loop.
/// </remarks>
internal readonly record struct WordKey(ulong Low, ulong High, int Length, int Hash)
{
    /// <summary>How many characters a key holds; longer words are confirmed against their text.</summary>
    public const int Head = 8;

    private const ulong Multiplier = 0x9E3779B97F4A7C15UL; // 2^64 / golden ratio, odd
    private const ulong OtherMultiplier = 0xC2B2AE3D27D4EB4FUL; // xxHash's second prime

    /// <summary>The key of <paramref name="word"/>.</summary>
    public static WordKey Of(ReadOnlySpan<char> word)
    {
        if (word.Length >= Head)
        {
            return Make(word, word);
        }

        Span<char> head = stackalloc char[Head];
        head.Clear();
        word.CopyTo(head);
        return Make(head, word);
    }

    // head: the word's first eight characters, or more; characters past the word's end are masked off here.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static WordKey Make(ReadOnlySpan<char> head, ReadOnlySpan<char> word)
    {
        var length = word.Length;
        var chars = Vector128.Create<ushort>(MemoryMarshal.Cast<char, ushort>(head[..Head]));
        var lanes = (ushort)(length | ((ushort.MaxValue - length) >> 31)); // length, at most 65,535, without a branch
        chars &= Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create(lanes));
        ulong low, high;
        if (Vector128.GreaterThanAny(chars, Vector128.Create((ushort)127)))
        {
            (low, high) = (CaseFold.FoldChunk(chars.AsUInt64().GetElement(0)), CaseFold.FoldChunk(chars.AsUInt64().GetElement(1)));
        }
        else
        {
            var folded = FoldAscii(chars).AsUInt64();
            (low, high) = (folded.GetElement(0), folded.GetElement(1));
        }

        var tail = length > Head ? Tail(word) : 0;
        return new WordKey(low, high, length, HashOf(low, high, length, tail));
    }

    /// <summary>
    /// The <see cref="Hash"/> of a word from its folded first eight characters (<see cref="Low"/>, <see cref="High"/>),
    /// its length and the chained hash of its later characters (0 for a word of up to eight characters).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashOf(ulong low, ulong high, int length, ulong tail)
    {
        // A product's high half depends on every bit of its input: fold it down and take the high half again.
        var mixed = (low * Multiplier) ^ ((high + (ulong)length) * OtherMultiplier) ^ tail;
        return (int)(((mixed ^ (mixed >> 32)) * Multiplier) >> 32);
    }

    /// <summary>
    /// <see cref="HashOf"/> on the vector unit: <paramref name="folded"/> holds <see cref="Low"/> and <see cref="High"/>,
    /// <paramref name="tail"/> the chained hash of the later characters in its first lane (zero for a word of up to
    /// eight characters). The same value as <see cref="HashOf"/>, for a loop whose general registers and their
    /// arithmetic units are its bottleneck: the two products are one vector multiply (with AVX-512 DQ; otherwise it
    /// calls <see cref="HashOf"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashOf(Vector128<ulong> folded, int length, Vector128<ulong> tail)
    {
        if (!Avx512DQ.VL.IsSupported)
        {
            return HashOf(folded.ToScalar(), folded.GetElement(1), length, tail.ToScalar());
        }

        var products = (folded + Vector128.Create(0UL, (ulong)length)) * Vector128.Create(Multiplier, OtherMultiplier);
        var mixed = products ^ Vector128.Shuffle(products, Vector128.Create(1UL, 0UL)) ^ tail;
        return (int)((((mixed ^ (mixed >> 32)) * Vector128.Create(Multiplier)) >> 32).ToScalar());
    }

    /// <summary>One link of the chain that hashes a long word's later characters: <paramref name="folded"/> is four of them, folded.</summary>
    /// <remarks>
    /// The chain starts at 1 and takes the chunks at 8, 12, ... while more than four characters follow, then the
    /// last four (which may overlap the one before).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Chain(ulong tail, ulong folded) => BitOperations.RotateLeft((tail ^ folded) * Multiplier, 29);

    /// <summary>Eight characters, each below 128, folded at once: 'A'..'Z' get their 0x20 bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> FoldAscii(Vector128<ushort> chars)
    {
        var upper = Vector128.LessThan(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
        return chars | (upper & Vector128.Create((ushort)0x20));
    }

    // The characters after the first eight of a longer word, four at a time, the last four read where they end.
    private static ulong Tail(ReadOnlySpan<char> word)
    {
        ulong tail = 1;
        for (var i = Head; i + 4 < word.Length; i += 4)
        {
            tail = Chain(tail, CaseFold.FoldChunk(Read(word, i)));
        }

        return Chain(tail, CaseFold.FoldChunk(Read(word, word.Length - 4)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read(ReadOnlySpan<char> chars, int start) => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(chars.Slice(start, 4)));
}
