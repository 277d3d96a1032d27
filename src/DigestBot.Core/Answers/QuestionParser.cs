using System.Text.RegularExpressions;

namespace DigestBot.Core.Answers;

/// <summary>Recognises the English question forms the bot answers; anything else becomes a search.</summary>
public sealed partial class QuestionParser
{
    /// <summary>Parses <paramref name="question"/>; never throws for odd input.</summary>
    public ParsedQuestion Parse(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Whitespace().Replace(question, " ").Trim().TrimEnd('?', '!', '.', ' ');

        var match = WhatDidSay().Match(text);
        if (!match.Success)
        {
            match = WhatSaid().Match(text);
        }

        if (!match.Success)
        {
            match = QuotesFrom().Match(text);
        }

        if (match.Success && CleanName(match.Groups["who"].Value) is { Length: > 0 } speaker)
        {
            var topic = match.Groups["topic"].Success ? StripQuotes(match.Groups["topic"].Value) : null;
            return new ParsedQuestion(QuestionKind.Statements, speaker, string.IsNullOrWhiteSpace(topic) ? null : topic);
        }

        match = WhoSaid().Match(text);
        if (match.Success && StripQuotes(match.Groups["phrase"].Value) is { Length: > 0 } phrase)
        {
            return new ParsedQuestion(QuestionKind.WhoSaid, phrase);
        }

        match = WhoIs().Match(text);
        if (match.Success && CleanName(match.Groups["who"].Value) is { Length: > 0 } person)
        {
            return new ParsedQuestion(QuestionKind.WhoIs, person);
        }

        return new ParsedQuestion(QuestionKind.Search, StripQuotes(text));
    }

    /// <summary>Drops a leading "the" and trailing possessive or punctuation from a name.</summary>
    public static string CleanName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var cleaned = StripQuotes(name).Trim().TrimEnd(',', '.', ';', ':');
        cleaned = LeadingThe().Replace(cleaned, "");
        return cleaned.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || cleaned.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            ? cleaned[..^2].Trim()
            : cleaned.Trim();
    }

    private static string StripQuotes(string text) => text.Trim().Trim('"', '“', '”', '\'', '‘', '’', '«', '»').Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"^(?:so\s+|and\s+)?what\s+(?:did|does|do|has|have|had)\s+(?<who>.+?)\s+(?:say|said|says|tell|told|claim|claimed|state|stated)(?:\s+(?:about|on|regarding|concerning)\s+(?<topic>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatDidSay();

    [GeneratedRegex(@"^what\s+(?:was\s+)?(?<who>.+?)\s+(?:said|says)(?:\s+(?:about|on|regarding|concerning)\s+(?<topic>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatSaid();

    [GeneratedRegex(@"^(?:(?:all|show|list|give\s+me)\s+)?(?:the\s+)?(?:quotes|statements|quotations)\s+(?:from|by|of)\s+(?<who>.+?)(?:\s+(?:about|on|regarding|concerning)\s+(?<topic>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex QuotesFrom();

    [GeneratedRegex(@"^who\s+(?:said|says|has\s+said|stated|claimed)\s*:?\s*(?<phrase>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoSaid();

    [GeneratedRegex(@"^(?:who\s+(?:is|was|are)|who's|tell\s+me\s+about)\s+(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoIs();
}
