using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>
/// Finds the few tokens a rule starts from (cue verbs, "according") in one vectorised pass over a parsed column,
/// so the rule visits those tokens only instead of testing every token of the text.
/// </summary>
internal static class TokenScan
{
    private static readonly int AccordingHash = CaseFold.Hash("according");

    /// <summary>Indexes of the tokens in any of the lists in <paramref name="wanted"/>, in order.</summary>
    /// <remarks>
    /// Cue words are about one token in sixty: a block of eight (or four) without one, the usual case, costs one
    /// well-predicted test; a block with hits yields them from a bit mask, lowest first, instead of testing each of
    /// its tokens with a branch that follows the text.
    /// </remarks>
    public static List<int> WithClass(ParsedText text, WordClass wanted) =>
        // Sized for about one hit in thirty tokens: one array, not a few grown ones.
        WithClass(text, wanted, new List<int>((text.Count / 32) + 4));

    /// <summary>As <see cref="WithClass(ParsedText, WordClass)"/>, appending to <paramref name="found"/> (a list kept between articles).</summary>
    public static List<int> WithClass(ParsedText text, WordClass wanted, List<int> found)
    {
        var classes = MemoryMarshal.Cast<WordClass, int>(text.Classes);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var mask = Vector256.Create((int)wanted);
            for (; i + Vector256<int>.Count <= classes.Length; i += Vector256<int>.Count)
            {
                var misses = Vector256.Equals(Vector256.Create(classes[i..]) & mask, Vector256<int>.Zero);
                AddHits(found, i, ~misses.ExtractMostSignificantBits() & 0xFFu);
            }
        }

        if (Vector128.IsHardwareAccelerated)
        {
            var mask = Vector128.Create((int)wanted);
            for (; i + Vector128<int>.Count <= classes.Length; i += Vector128<int>.Count)
            {
                var misses = Vector128.Equals(Vector128.Create(classes[i..]) & mask, Vector128<int>.Zero);
                AddHits(found, i, ~misses.ExtractMostSignificantBits() & 0xFu);
            }
        }

        for (; i < classes.Length; i++)
        {
            if ((classes[i] & (int)wanted) != 0)
            {
                found.Add(i);
            }
        }

        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddHits(List<int> found, int blockStart, uint hits)
    {
        while (hits != 0)
        {
            found.Add(blockStart + BitOperations.TrailingZeroCount(hits));
            hits &= hits - 1;
        }
    }

    /// <summary>
    /// The next token at or after <paramref name="from"/> that is the word "according" (any case), or -1.
    /// </summary>
    /// <remarks>The hash column is searched with the runtime's vectorised IndexOf; a hash match is confirmed by the word itself.</remarks>
    public static int NextAccording(ParsedText text, int from)
    {
        var hashes = text.Hashes;
        while (from < hashes.Length)
        {
            var k = hashes[from..].IndexOf(AccordingHash);
            if (k < 0)
            {
                return -1;
            }

            if (text.Is(from + k, "according"))
            {
                return from + k;
            }

            from += k + 1;
        }

        return -1;
    }
}
