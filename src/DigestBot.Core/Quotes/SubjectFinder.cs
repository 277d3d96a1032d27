using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Quotes;

/// <summary>
/// Finds the speaker phrase of a cue verb: the noun phrase before it ("Kallas said", "The EU foreign policy chief on
/// Saturday said", "Kallas, the EU's top diplomat, said", "Devocht, who had told") or, inverted, after it
/// ("said Kallas"). A phrase must end in a name, a pronoun, a role noun or a group noun.
/// </summary>
internal static class SubjectFinder
{
    /// <summary>The longest subject phrase, in tokens.</summary>
    internal const int MaxPhrase = 14;

    internal static readonly string[] Skippable =
    [
        "has", "have", "had", "also", "later", "then", "previously", "reportedly", "would", "will", "once", "further",
        "recently", "again", "earlier", "yesterday", "today", "both", "publicly", "privately", "repeatedly", "has",
        "had", "subsequently", "initially", "originally", "personally", "separately", "simply", "mistakenly",
        "similarly", "however", "since", "first", "last", "always", "never", "still", "now", "only", "allegedly",
        "may", "might", "could", "can", "should", "must", "did", "does", "do",
    ];

    internal static readonly string[] Boundaries =
    [
        "that", "and", "but", "while", "with", "as", "after", "before", "because", "when", "where", "which", "whom",
        "if", "since", "although", "though", "so", "than", "whether", "said", "says", "told", "according",
    ];

    /// <summary>The subject before the cue at <paramref name="cue"/>, or an empty range.</summary>
    public static PhraseRange Before(ParsedText text, int cue, int sentenceFirst)
    {
        var k = cue - 1;
        while (k >= sentenceFirst && text.Has(k, WordClass.SubjectSkippable))
        {
            k--;
        }

        k = SkipDatePhrase(text, k, sentenceFirst);
        k = SkipParenthesis(text, k, sentenceFirst);
        if (text.IsChar(k, ',') && !text.InQuote(k))
        {
            var comma = Appositives.Start(text, k - 1, sentenceFirst);
            if (comma > sentenceFirst && Appositives.IsBareName(text, comma + 1, k))
            {
                return new PhraseRange(comma + 1, k); // "The company's chief executive, Jane Doe, said"
            }

            k = comma > sentenceFirst ? comma - 1 : k - 1; // "Kallas, the EU's top diplomat, said"; a stray comma
        }
        else if (text.Is(k, "who") && text.IsChar(k - 1, ','))
        {
            // "Devocht, who had told": the antecedent name.
            var nameEnd = k - 1;
            var nameFirst = nameEnd;
            while (nameFirst - 1 >= sentenceFirst && text.IsCapitalized(nameFirst - 1) && nameEnd - nameFirst < 5)
            {
                nameFirst--;
            }

            return nameFirst < nameEnd ? Accept(text, new PhraseRange(nameFirst, nameEnd)) : default;
        }

        var end = k + 1;
        var first = end;
        while (first - 1 >= sentenceFirst && end - first < MaxPhrase && IsPhraseToken(text, first - 1))
        {
            first--;
        }

        var range = Accept(text, new PhraseRange(first, end));
        var whole = end - first < MaxPhrase; // a phrase cut at its length limit has lost its head
        if (range.IsEmpty || whole && PhraseHead.NamesAThing(text, range))
        {
            return default;
        }

        var named = Appositives.NameBeforeOpenRole(text, range, sentenceFirst);
        return named.IsEmpty ? Conjuncts.First(text, range, sentenceFirst) : Accept(text, named);
    }

    /// <summary>The subject right after an inverted cue ("said Kallas", "said the ministry"), or an empty range.</summary>
    public static PhraseRange After(ParsedText text, int cue, int sentenceEnd)
    {
        var first = cue + 1;
        var end = first;
        // "said Deputy Prime Minister Ana Silva earlier this month": the phrase ends before a time phrase.
        while (end < sentenceEnd && end - first < 8 && IsPhraseToken(text, end) && !text.Is(end, "in") && !text.Is(end, "on")
               && !(end > first && !text.IsCapitalized(end) && text.Has(end, WordClass.SubjectSkippable | WordClass.Calendar)))
        {
            end++;
        }

        var range = Accept(text, new PhraseRange(first, end));
        return range.First == first ? range : default;
    }

    /// <summary>True when the phrase's last word makes it a speaker: a name, pronoun, role or group noun.</summary>
    public static bool EndsInSpeaker(ParsedText text, PhraseRange range)
    {
        if (range.IsEmpty)
        {
            return false;
        }

        var head = range.End - 1;
        return text.IsCapitalized(head) && !text.Has(head, WordClass.FunctionWord)
            || text.Has(head, WordClass.Pronoun) && !text.Is(head, "it") && !text.Is(head, "you")
            || text.Has(head, WordClass.PersonRole | WordClass.Group);
    }

    /// <summary>Trims a candidate phrase and keeps it only when it ends in a speaker.</summary>
    internal static PhraseRange Accept(ParsedText text, PhraseRange range)
    {
        if (range.IsEmpty)
        {
            return default;
        }

        // A pronoun starts its own phrase: "the claims made about him" is not a speaker, "he" is.
        var first = range.First;
        for (var k = range.End - 1; k > range.First; k--)
        {
            if (text.IsWord(k) && text.Has(k, WordClass.Pronoun) && !text.Is(k, "i"))
            {
                first = k;
                break;
            }
        }

        while (first < range.End - 1 && text.IsWord(first) && text.Has(first, WordClass.FunctionWord | WordClass.Adverb)
               && !text.Has(first, WordClass.Determiner) && !text.Has(first, WordClass.Pronoun))
        {
            first++;
        }

        var trimmed = new PhraseRange(first, range.End);
        var head = range.End - 1;
        if (trimmed.End - trimmed.First == 1 && text.IsCapitalized(trimmed.First) && text.Has(head, WordClass.FunctionWord | WordClass.Adverb)
            && !text.Has(head, WordClass.Pronoun))
        {
            return default; // "Quickly said", "Later said"
        }

        return EndsInSpeaker(text, trimmed) ? trimmed : default;
    }

    // "the London Stock Exchange (LSE) has said": a short bracket after the subject is skipped.
    private static int SkipParenthesis(ParsedText text, int k, int sentenceFirst)
    {
        if (!text.IsChar(k, ')'))
        {
            return k;
        }

        for (var j = k - 1; j >= sentenceFirst && j > k - 5; j--)
        {
            if (text.IsChar(j, '('))
            {
                return j - 1;
            }
        }

        return k;
    }

    private static int SkipDatePhrase(ParsedText text, int k, int sentenceFirst)
    {
        // "The EU foreign policy chief on Saturday said", "officials on 12 May said"
        var j = k;
        while (j >= sentenceFirst && (text.Tokens[j].Kind == TokenKind.Number
               || (text.IsWord(j) && text.Has(j, WordClass.Calendar)) || text.IsChar(j, ',')))
        {
            j--;
        }

        if (j < k && (text.Is(j, "on") || text.Is(j, "last") || text.Is(j, "this") || text.Is(j, "in")))
        {
            return j - 1;
        }

        return j < k && j >= sentenceFirst && text.IsWord(k) && text.Has(k, WordClass.Calendar) ? j : k;
    }

    /// <summary>True when the token can be part of a subject phrase read backwards from its cue.</summary>
    internal static bool IsPhraseToken(ParsedText text, int i)
    {
        if (text.InQuote(i))
        {
            return false;
        }

        var kind = text.Tokens[i].Kind;
        if (kind == TokenKind.Word)
        {
            return !text.Has(i, WordClass.SubjectBoundary | WordClass.Cue)
                || text.IsCapitalized(i) && !text.Is(i, "that");
        }

        return kind == TokenKind.Number || text.IsChar(i, '-') || text.IsChar(i, '.') && text.IsWord(i - 1)
            && text.Tokens[i - 1].End == text.Tokens[i].Start && i + 1 < text.Count && text.IsCapitalized(i + 1)
            && text.SentenceOf[i] == text.SentenceOf[i + 1];
    }
}
