using System.Runtime.InteropServices;

namespace DigestBot.Core.People;

/// <summary>Finds the name mention covering a token.</summary>
internal static class MentionLookup
{
    /// <summary>The mention holding <paramref name="token"/>, or null.</summary>
    /// <remarks>
    /// <see cref="NameFinder"/> gives mentions in text order without overlaps, so at most one holds the token: the
    /// last one starting at or before it, found by binary search (speaker lookups ask once per statement).
    /// </remarks>
    public static NameMention? At(IReadOnlyList<NameMention> mentions, int token)
    {
        var at = LastStartingAtOrBefore(mentions, token);
        return at >= 0 && token < mentions[at].End ? mentions[at] : null;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="token"/> (the count when none does).</summary>
    public static int FirstFrom(IReadOnlyList<NameMention> mentions, int token) => LastStartingAtOrBefore(mentions, token - 1) + 1;

    private static int LastStartingAtOrBefore(IReadOnlyList<NameMention> mentions, int token) =>
        mentions is List<NameMention> list
            ? LastStartingAtOrBefore(CollectionsMarshal.AsSpan(list), token) // no interface call per probe
            : LastStartingAtOrBefore([.. mentions], token);

    private static int LastStartingAtOrBefore(ReadOnlySpan<NameMention> mentions, int token)
    {
        var low = 0;
        var high = mentions.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (mentions[mid].First <= token)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return high;
    }
}
