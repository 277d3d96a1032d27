using DigestBot.Core.Language;

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

    /// <summary>
    /// "Marcano said he still felt Venezuela had a good deal": a reported statement inside another whose subject
    /// is a pronoun ("he still felt ...") is the outer speaker's, so it takes the outer subject phrase.
    /// </summary>
    public static void ShareNestedSpeakers(ParsedText text, List<QuoteCandidate> reported)
    {
        for (var i = 0; i < reported.Count; i++)
        {
            var inner = reported[i];
            if (inner.Subject.End - inner.Subject.First != 1 || !text.Has(inner.Subject.First, WordClass.Pronoun))
            {
                continue;
            }

            var outer = reported.Find(o => o != inner && !o.Subject.IsEmpty && !text.Is(o.Cue, "according") && o.First <= inner.Subject.First
                && inner.Cue < o.End && !o.Gap.Contains(inner.Cue) && !o.Subject.Contains(inner.Subject.First));
            if (outer is not null)
            {
                reported[i] = inner with { Subject = outer.Subject, Appositive = default };
            }
        }
    }
}
