using System.Runtime.CompilerServices;
using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Quotes;

/// <summary>
/// Reported speech after a cue verb: <c>X said (that) ...</c>, <c>X told reporters ...</c>, <c>with X saying ...</c>,
/// <c>X said ... but warned that ...</c> (two statements, one speaker), and reported speech before its attribution:
/// <c>..., X said.</c> A clause holding a quotation is mixed.
/// </summary>
internal static class ReportedSpeechRule
{
    internal static readonly string[] NotClauseStarts =
    [
        "in", "on", "at", "during", "for", "to", "with", "by", "after", "before", "from", "about", "of", "via", "as",
        "also", "so", "and", "but", "or", "over", "into", "through", "against", "under", "up", "out", "off", "back",
        "goodbye", "hello", "yes", "no", "nothing", "something", "anything", "more", "much", "little", "here", "there",
        "while", "when", "if", "because", "since", "until", "without", "within", "across", "among", "between",
    ];

    /// <summary>Finds reported statements.</summary>
    public static List<QuoteCandidate> Find(ParsedText text, bool[] headings)
    {
        var cues = TokenScan.WithClass(text, WordClass.Cue);
        // At most one statement per cue word; the other rules append a few more to this list.
        return Find(text, headings, cues, new List<QuoteCandidate>(cues.Count + 4));
    }

    /// <summary>
    /// Finds reported statements starting at the <paramref name="cues"/> (the cue words, <see cref="TokenScan.WithClass(ParsedText, WordClass)"/>)
    /// and adds them to <paramref name="found"/>, which it returns.
    /// </summary>
    public static List<QuoteCandidate> Find(ParsedText text, bool[] headings, List<int> cues, List<QuoteCandidate> found)
    {
        // Only cue words can start a statement: visit those, found in one pass, each with its sentence. Walking the
        // sentences instead asked "a cue here?" of every one, a data-dependent branch per sentence.
        var sentenceOf = text.SentenceOf;
        var c = 0;
        while (c < cues.Count)
        {
            var sentence = text.Sentences[sentenceOf[cues[c]]];
            if (headings[sentence.Paragraph])
            {
                while (c < cues.Count && cues[c] < sentence.EndToken)
                {
                    c++;
                }

                continue;
            }

            var lastSubject = default(PhraseRange);
            var lastProduced = true;
            for (; c < cues.Count && cues[c] < sentence.EndToken; c++)
            {
                var i = cues[c];
                // A capitalised cue word is part of a name ("the Indian State Trading Corporation").
                if (text.InQuote(i) || text.IsCapitalized(i)
                    || DirectQuoteRule.IsPassive(text, i) || IsNounUse(text, i))
                {
                    continue;
                }

                // ", said Kallas," / ", said Kallas." — an inverted cue names its subject after it.
                var invertedSubject = text.IsChar(i - 1, ',') ? SubjectFinder.After(text, i, sentence.EndToken) : default;
                var subject = invertedSubject.IsEmpty || !(text.IsChar(invertedSubject.End, ',') || invertedSubject.End == sentence.EndToken - 1)
                    ? SubjectFinder.Before(text, i, sentence.FirstToken)
                    : default;
                // "..., analysts said, adding that ...": the participle's subject is the attribution's; without one,
                // the words before the comma are a predicate ("confined talks to officials, believing that").
                if (text.IsChar(i - 1, ',') && TrailingAttribution.IsParticipleCue(text, i))
                {
                    subject = lastProduced ? lastSubject : default;
                }

                // "... but warned that ...", "tweeted to Mohamed and said ...": one subject, two cues.
                if (subject.IsEmpty && (ClauseBounds.IsCoordinatedCue(text, i - 1) || !lastProduced && text.Is(i - 1, "and")))
                {
                    subject = lastSubject;
                }

                if (subject.IsEmpty)
                {
                    var after = text.IsChar(i - 1, ',') ? SubjectFinder.After(text, i, sentence.EndToken) : default;
                    var inverted = after.IsEmpty ? null
                        : TrailingAttribution.Interrupted(text, sentence, i, after, i - 1, after.End) ?? TrailingAttribution.Inverted(text, sentence, i);
                    lastProduced = inverted is { } produced && Add(found, produced);
                    lastSubject = lastProduced ? after : lastSubject;
                    continue;
                }

                lastSubject = subject;
                var candidate = Forward(text, sentence, i, subject) ?? TrailingAttribution.Backward(text, sentence, i, subject)
                    ?? TrailingAttribution.Interrupted(text, sentence, i, subject, subject.First - 1, i + 1);
                lastProduced = candidate is not null;
                if (candidate is { } statement)
                {
                    found.Add(statement);
                }
            }
        }

        return found;
    }

    private static QuoteCandidate? Forward(ParsedText text, Sentence sentence, int cue, PhraseRange subject)
    {
        var first = ReportedContent.Start(text, cue, sentence.EndToken, LemmaOf(text, cue));
        if (first < 0 || first >= sentence.EndToken || AttributesQuote(text, subject) && !text.Is(first - 1, "that"))
        {
            return null;
        }

        var q = text.QuoteOf(first);
        if (q >= 0 && text.Quotes[q].EndToken >= sentence.EndToken - 1)
        {
            return null; // wholly a direct quote
        }

        if (ReportedContent.HearerThenColon(text, first, sentence.EndToken))
        {
            return null; // "told the BBC: "..."": a direct quote, found by DirectQuoteRule
        }

        var end = ClauseBounds.EndOf(text, first, sentence.EndToken);
        if (!ClauseBounds.HasWords(text, first, end, 3) || text.IsChar(end, ':'))
        {
            return null;
        }

        var appositive = DirectQuoteRule.Appositive(text, subject, cue);
        return new QuoteCandidate(first, end, ClauseBounds.KindOf(text, first, end), cue, subject, appositive, -1, -1);
    }

    // Every cue word has a lemma (the lexicon files each cue form with its verb), and only statements read forward
    // from their cue need it: looked up there, and kept out of line so the lexicon's probe code is not copied into
    // the rule's loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string LemmaOf(ParsedText text, int cue) => text.IsCue(cue, out var lemma) ? lemma : string.Empty;

    private static bool Add(List<QuoteCandidate> found, QuoteCandidate candidate)
    {
        found.Add(candidate);
        return true;
    }

    // "'...,' he told BBC Radio 4's Today programme.": the cue attributes the quotation before it, and what follows
    // names the hearer or the occasion; only "that" would open a statement of its own.
    private static bool AttributesQuote(ParsedText text, PhraseRange subject) =>
        subject.First > 0 && text.SentenceOf[subject.First - 1] == text.SentenceOf[subject.First]
        && (text.IsQuoteMark(subject.First - 1) || text.IsChar(subject.First - 1, ',') && text.IsQuoteMark(subject.First - 2));

    // "Recent reports have revealed", "the Court has ruled was": a cue word followed by an auxiliary is a noun
    // or sits in a relative clause.
    private static readonly WordList NounUseFollowers = new("have", "has", "had", "was", "were", "is", "are", "will", "would", "of");

    private static bool IsNounUse(ParsedText text, int i) => NounUseFollowers.Contains(text, i + 1);

    /// <summary>True when a reported clause can open at <paramref name="k"/>.</summary>
    internal static bool IsClauseStart(ParsedText text, int k)
    {
        if (k >= text.Count || text.InQuote(k) && !text.IsQuoteMark(k))
        {
            return false;
        }

        if (text.IsQuoteMark(k) || text.Tokens[k].Kind == TokenKind.Number)
        {
            return true;
        }

        if (!text.IsWord(k))
        {
            return false;
        }

        return !text.Has(k, WordClass.NotClauseStart | WordClass.Cue | WordClass.EndsInLy);
    }
}
