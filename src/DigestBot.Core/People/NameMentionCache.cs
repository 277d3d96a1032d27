using DigestBot.Core.Pooling;

namespace DigestBot.Core.People;

/// <summary>
/// One list of name mentions per thread, lent to an analysis and taken back after it: a new list per article (about
/// seventy runs, sized for one in eight tokens) was a fifth of the analysis's allocation.
/// </summary>
/// <remarks>
/// The list is taken out while lent, so an analysis started on the same thread before the first gives its list back
/// gets a new one rather than sharing it. A list grown past <see cref="MaxKeptCapacity"/> by a very long article is
/// not kept.
/// </remarks>
internal static class NameMentionCache
{
    /// <summary>The largest capacity a list may have and still be kept for the next analysis.</summary>
    public const int MaxKeptCapacity = 4096;

    /// <summary>Lends this thread's list, empty (a new one when it is out).</summary>
    public static Lease Rent()
    {
        var list = ThreadSpare<List<NameMention>>.Take() ?? [];
        list.Clear();
        return new Lease(list);
    }

    /// <summary>A lent list: disposing it gives the list back to the thread.</summary>
    /// <param name="mentions">The list lent.</param>
    public readonly ref struct Lease(List<NameMention> mentions)
    {
        /// <summary>The list lent; not to be used after the lease is disposed.</summary>
        public List<NameMention> Mentions { get; } = mentions;

        /// <summary>Gives the list back for the next analysis on this thread.</summary>
        public void Dispose()
        {
            if (Mentions.Capacity <= MaxKeptCapacity)
            {
                ThreadSpare<List<NameMention>>.Give(Mentions);
            }
        }
    }
}
