using System.Numerics;
using System.Runtime.InteropServices;
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
    public static List<int> WithClass(ParsedText text, WordClass wanted)
    {
        // Sized for about one hit in thirty tokens (cue words are one in sixty): one array, not a few grown ones.
        var found = new List<int>((text.Count / 32) + 4);
        var classes = MemoryMarshal.Cast<WordClass, int>(text.Classes);
        var mask = new Vector<int>((int)wanted);
        var i = 0;
        // Cue words are about one token in sixty: a block of eight without one (the usual case) costs one test.
        for (; i + Vector<int>.Count <= classes.Length; i += Vector<int>.Count)
        {
            if (Vector.EqualsAll(new Vector<int>(classes[i..]) & mask, Vector<int>.Zero))
            {
                continue;
            }

            for (var k = i; k < i + Vector<int>.Count; k++)
            {
                if ((classes[k] & (int)wanted) != 0)
                {
                    found.Add(k);
                }
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
