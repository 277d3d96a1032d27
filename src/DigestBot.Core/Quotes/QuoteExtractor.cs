using System.Collections.Frozen;
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

    // The cue verb forms as listed (lower case): a quote's cue word is nearly always one of them, and then the
    // listed string is the quote's Cue instead of a new copy of the same characters per quote.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListedCueForms =
        CueVerbs.Forms.Keys.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public ArticleAnalysis Analyze(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        using var parsed = ParsedText.Parse(text);
        return Analyze(parsed);
    }

    /// <summary>Analyses an already parsed text (benchmarks time the stages after parsing through this).</summary>
    internal static ArticleAnalysis Analyze(ParsedText parsed)
    {
        var (headings, captions) = Layout(parsed);
        using var lent = NameMentionCache.Rent();
        var mentions = NameFinder.Find(parsed, lent.Mentions);
        var index = PeopleIndex.Build(parsed, mentions);
        var scratch = RuleScratch.Take();
        var cues = TokenScan.WithClass(parsed, WordClass.Cue, scratch.Cues);
        var reported = ReportedSpeechRule.Find(parsed, captions, cues, scratch.Reported);
        AccordingToRule.Find(parsed, captions, reported);
        ColonRule.Find(parsed, headings, reported);
        CandidateMerger.ShareNestedSpeakers(parsed, reported);
        var candidates = CandidateMerger.Merge(DirectQuoteRule.Find(parsed, headings, scratch.Direct), reported, scratch.Merged);

        var resolver = new SpeakerResolver(parsed, mentions, index);
        var bySpan = new ResolvedSpeaker?[parsed.Quotes.Count]; // speaker per quoted span, by span index
        var quotes = new List<Quote>(candidates.Count);
        var subjects = SubjectsOf(candidates);
        var later = 0; // index in subjects of the first speaker phrase after the current candidate
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            later += candidate.Subject.IsEmpty ? 0 : 1;
            var speaker = candidate.Subject.IsEmpty
                ? candidate.InheritsFrom >= 0 ? bySpan[candidate.InheritsFrom] : null
                : Resolve(resolver, candidate, subjects.AsSpan(later));
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

        scratch.Return();
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        var people = index.ToPeople();
        index.Release(); // its lists serve the next article on this thread
        return new ArticleAnalysis(quotes, people);
    }

    private static ResolvedSpeaker Resolve(SpeakerResolver resolver, QuoteCandidate candidate, ReadOnlySpan<(int First, int End)> upcoming)
    {
        var speaker = resolver.Resolve(candidate.Subject.First, candidate.Subject.End, upcoming);
        if (speaker.Entity is not null && !candidate.Appositive.IsEmpty)
        {
            resolver.BindRole(speaker.Entity, candidate.Appositive.First, candidate.Appositive.End);
        }

        return speaker;
    }

    // The speaker phrases in order, read (as the ones after a statement's) only when a role is named before its
    // person: one array per article instead of an iterator per statement.
    private static (int First, int End)[] SubjectsOf(List<QuoteCandidate> candidates)
    {
        var count = 0;
        foreach (var candidate in candidates)
        {
            count += candidate.Subject.IsEmpty ? 0 : 1;
        }

        var subjects = new (int First, int End)[count];
        count = 0;
        foreach (var candidate in candidates)
        {
            if (!candidate.Subject.IsEmpty)
            {
                subjects[count++] = (candidate.Subject.First, candidate.Subject.End);
            }
        }

        return subjects;
    }

    private static Quote ToQuote(ParsedText parsed, QuoteCandidate candidate, ResolvedSpeaker speaker)
    {
        var start = parsed.Tokens[candidate.First].Start;
        var end = parsed.Tokens[candidate.End - 1].End;
        var cue = candidate.Cue < 0 ? null
            : parsed.Is(candidate.Cue, "according") ? "according to" : CueWord(parsed.Word(candidate.Cue));
        var mention = candidate.Subject.IsEmpty ? null : parsed.Slice(candidate.Subject.First, candidate.Subject.End);
        var text = candidate.Gap.IsEmpty
            ? parsed.Text[start..end]
            : parsed.Slice(candidate.First, candidate.Gap.First) + " " + parsed.Slice(candidate.Gap.End, candidate.End);
        return new Quote(text, speaker.Name, candidate.Kind, start, end, cue, mention);
    }

    private static string CueWord(ReadOnlySpan<char> word) => ListedCueForms.TryGetValue(word, out var listed) ? listed : word.ToString();

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
