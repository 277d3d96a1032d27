using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>
/// Combines the rules' findings: a direct quote lying inside a reported clause is part of that mixed statement,
/// not a statement of its own; a statement found twice is kept once.
/// </summary>
internal static class CandidateMerger
{
    /// <summary>Merges candidates and orders them by where their speaker is named.</summary>
    public static List<QuoteCandidate> Merge(List<QuoteCandidate> direct, List<QuoteCandidate> reported) =>
        Merge(direct, reported, new List<QuoteCandidate>(direct.Count + reported.Count));

    /// <summary>As <see cref="Merge(List{QuoteCandidate}, List{QuoteCandidate})"/>, into the empty list <paramref name="merged"/>, which it returns.</summary>
    public static List<QuoteCandidate> Merge(List<QuoteCandidate> direct, List<QuoteCandidate> reported, List<QuoteCandidate> merged)
    {
        foreach (var r in reported)
        {
            if (!HasRange(merged, r))
            {
                merged.Add(r);
            }
        }

        foreach (var d in direct)
        {
            if (!IsAbsorbed(d, reported) && !HasRange(merged, d))
            {
                merged.Add(d);
            }
        }

        merged.Sort((a, b) => a.Anchor != b.Anchor ? a.Anchor.CompareTo(b.Anchor) : a.First.CompareTo(b.First));
        return merged;
    }

    // "Found twice" is the same token range. An article has a few dozen candidates at most, so a scan of those kept
    // so far costs less than the hash set (and its buckets) it replaces, allocated for every article.
    private static bool HasRange(List<QuoteCandidate> merged, QuoteCandidate candidate)
    {
        foreach (var m in merged)
        {
            if (m.First == candidate.First && m.End == candidate.End)
            {
                return true;
            }
        }

        return false;
    }

    // A direct quote inside a mixed reported clause (its marks included) is part of it. Loops here and below
    // replace List.Exists/Find with lambdas that captured the candidate: a closure allocated per candidate.
    private static bool IsAbsorbed(QuoteCandidate d, List<QuoteCandidate> reported)
    {
        foreach (var r in reported)
        {
            if (r.First <= d.First - 1 && d.End <= r.End + 1 && r.Kind == QuoteKind.Mixed)
            {
                return true;
            }
        }

        return false;
    }

    private static QuoteCandidate? Outer(ParsedText text, List<QuoteCandidate> reported, QuoteCandidate inner)
    {
        foreach (var o in reported)
        {
            if (o != inner && !o.Subject.IsEmpty && !text.Is(o.Cue, "according") && o.First <= inner.Subject.First
                && inner.Cue < o.End && !o.Gap.Contains(inner.Cue) && !o.Subject.Contains(inner.Subject.First))
            {
                return o;
            }
        }

        return null;
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

            if (Outer(text, reported, inner) is { } outer)
            {
                reported[i] = inner with { Subject = outer.Subject, Appositive = default };
            }
        }
    }
}
