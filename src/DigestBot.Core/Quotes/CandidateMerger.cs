namespace DigestBot.Core.Quotes;

/// <summary>
/// Combines the rules' findings: a direct quote lying inside a reported clause is part of that mixed statement,
/// not a statement of its own; a statement found twice is kept once.
/// </summary>
internal static class CandidateMerger
{
    /// <summary>Merges candidates and orders them by where their speaker is named.</summary>
    public static List<QuoteCandidate> Merge(List<QuoteCandidate> direct, List<QuoteCandidate> reported)
    {
        var merged = new List<QuoteCandidate>(direct.Count + reported.Count);
        var seen = new HashSet<(int, int)>();
        foreach (var r in reported)
        {
            if (seen.Add((r.First, r.End)))
            {
                merged.Add(r);
            }
        }

        foreach (var d in direct)
        {
            var absorbed = reported.Exists(r => r.First <= d.First - 1 && d.End <= r.End + 1 && r.Kind == QuoteKind.Mixed);
            if (!absorbed && seen.Add((d.First, d.End)))
            {
                merged.Add(d);
            }
        }

        merged.Sort((a, b) => a.Anchor != b.Anchor ? a.Anchor.CompareTo(b.Anchor) : a.First.CompareTo(b.First));
        return merged;
    }
}
