using DigestBot.Core.Pooling;

namespace DigestBot.Core.Quotes;

/// <summary>
/// The lists the rules fill for one article (cue positions, reported and direct candidates, the merged list), kept
/// per thread between articles: none outlives the analysis, so the next article reuses their arrays instead of
/// allocating four lists.
/// </summary>
internal sealed class RuleScratch
{
    // A list grown past this (a very long article) is not kept: the thread would hold its array for good.
    private const int MaxKeptCapacity = 1024;

    /// <summary>Indexes of the cue words (<see cref="TokenScan.WithClass(Language.ParsedText, Language.WordClass, List{int})"/>).</summary>
    public List<int> Cues { get; } = new(64);

    /// <summary>Reported candidates, to which the other rules append theirs.</summary>
    public List<QuoteCandidate> Reported { get; } = new(32);

    /// <summary>Direct-quote candidates.</summary>
    public List<QuoteCandidate> Direct { get; } = new(16);

    /// <summary>Candidates merged and ordered (<see cref="CandidateMerger.Merge(List{QuoteCandidate}, List{QuoteCandidate}, List{QuoteCandidate})"/>).</summary>
    public List<QuoteCandidate> Merged { get; } = new(32);

    /// <summary>The thread's spare lists, empty, or new ones when another analysis on this thread holds them.</summary>
    public static RuleScratch Take() => ThreadSpare<RuleScratch>.Take() ?? new RuleScratch();

    /// <summary>Empties the lists and keeps them for the thread's next article; they must not be used afterwards.</summary>
    public void Return()
    {
        if (Cues.Capacity > MaxKeptCapacity || Reported.Capacity > MaxKeptCapacity || Direct.Capacity > MaxKeptCapacity
            || Merged.Capacity > MaxKeptCapacity)
        {
            return;
        }

        Cues.Clear();
        Reported.Clear();
        Direct.Clear();
        Merged.Clear();
        ThreadSpare<RuleScratch>.Give(this);
    }
}
