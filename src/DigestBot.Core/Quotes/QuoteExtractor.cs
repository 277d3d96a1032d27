using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Quotes;

/// <summary>
/// The rule-based who-said-what engine: splits the text, finds direct, reported and "according to" statements,
/// and attributes each to a canonical speaker. Pure and thread-safe: all state lives in one call.
/// </summary>
public sealed class QuoteExtractor : IQuoteExtractor
{
    /// <summary>
    /// The version of the engine's rules. It is part of every article's content hash, so bumping it when the
    /// engine's output changes makes the next scan re-analyse stored articles instead of keeping their old quotes.
    /// </summary>
    public const string Version = "2026-11-26.2";

    private static readonly ArticleAnalysis Empty = new([], []);

    /// <inheritdoc />
    public ArticleAnalysis Analyze(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        using var parsed = ParsedText.Parse(text);
        var (headings, captions) = Layout(parsed);
        var mentions = NameFinder.Find(parsed);
        var index = PeopleIndex.Build(parsed, mentions);
        var reported = ReportedSpeechRule.Find(parsed, captions);
        reported.AddRange(AccordingToRule.Find(parsed, captions));
        reported.AddRange(ColonRule.Find(parsed, headings));
        CandidateMerger.ShareNestedSpeakers(parsed, reported);
        var candidates = CandidateMerger.Merge(DirectQuoteRule.Find(parsed, headings), reported);

        var resolver = new SpeakerResolver(parsed, mentions, index);
        var bySpan = new Dictionary<int, ResolvedSpeaker>();
        var quotes = new List<Quote>(candidates.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var speaker = candidate.Subject.IsEmpty
                ? bySpan.GetValueOrDefault(candidate.InheritsFrom)
                : Resolve(resolver, candidates, c);
            if (speaker is null || speaker.Name.Length == 0)
            {
                continue;
            }

            if (candidate.Span >= 0)
            {
                bySpan[candidate.Span] = speaker;
            }

            quotes.Add(ToQuote(parsed, candidate, speaker));
        }

        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ArticleAnalysis(quotes, index.ToPeople());
    }

    private static ResolvedSpeaker Resolve(SpeakerResolver resolver, List<QuoteCandidate> candidates, int c)
    {
        var candidate = candidates[c];
        var speaker = resolver.Resolve(candidate.Subject.First, candidate.Subject.End, Upcoming(candidates, c + 1));
        if (speaker.Entity is not null && !candidate.Appositive.IsEmpty)
        {
            resolver.BindRole(speaker.Entity, candidate.Appositive.First, candidate.Appositive.End);
        }

        return speaker;
    }

    // Later speaker phrases, read only when a role is named before its person.
    private static IEnumerable<(int First, int End)> Upcoming(List<QuoteCandidate> candidates, int from)
    {
        for (var i = from; i < candidates.Count; i++)
        {
            if (!candidates[i].Subject.IsEmpty)
            {
                yield return (candidates[i].Subject.First, candidates[i].Subject.End);
            }
        }
    }

    private static Quote ToQuote(ParsedText parsed, QuoteCandidate candidate, ResolvedSpeaker speaker)
    {
        var start = parsed.Tokens[candidate.First].Start;
        var end = parsed.Tokens[candidate.End - 1].End;
        var cue = candidate.Cue < 0 ? null
            : parsed.Is(candidate.Cue, "according") ? "according to" : parsed.WordString(candidate.Cue);
        var mention = candidate.Subject.IsEmpty ? null : parsed.Slice(candidate.Subject.First, candidate.Subject.End);
        var text = candidate.Gap.IsEmpty
            ? parsed.Text[start..end]
            : parsed.Slice(candidate.First, candidate.Gap.First) + " " + parsed.Slice(candidate.Gap.End, candidate.End);
        return new Quote(text, speaker.Name, candidate.Kind, start, end, cue, mention);
    }

    // Headings (titles, datelines) hold no direct quotes but may hold reported speech ("X claims Y ...");
    // captions and credits hold neither. A caption is found from its colon ("Image: ..."): one pass over the marks
    // of the whole text instead of a search of the marks for every paragraph (as ParsedText.IsCaption).
    private static (bool[] Headings, bool[] Captions) Layout(ParsedText parsed)
    {
        var starts = parsed.ParagraphStarts;
        var paragraphOf = parsed.ParagraphOf;
        var headings = new bool[starts.Length];
        var captions = new bool[starts.Length];
        foreach (var mark in parsed.Marks)
        {
            if (mark > 0 && parsed.IsChar(mark, ':') && paragraphOf[mark - 1] == paragraphOf[mark] && IsCreditWord(parsed, mark - 1))
            {
                captions[paragraphOf[mark]] = true;
            }
        }

        for (var p = 0; p < starts.Length; p++)
        {
            var end = p + 1 < starts.Length ? starts[p + 1] : parsed.Count;
            headings[p] = captions[p] || parsed.IsHeading(starts[p], end);
        }

        return (headings, captions);
    }

    private static bool IsCreditWord(ParsedText parsed, int k) =>
        parsed.Is(k, "Image") || parsed.Is(k, "Photo") || parsed.Is(k, "Credit") || parsed.Is(k, "Audio") || parsed.Is(k, "Video");
}
