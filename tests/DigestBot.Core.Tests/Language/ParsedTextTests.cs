using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class ParsedTextTests
{
    [Fact]
    public void AppearsInLowerCase_WordAlsoWrittenLower_IsTrue()
    {
        using var parsed = ParsedText.Parse("Recent reports say little. Kallas read the recent ones.");

        var recent = parsed.AppearsInLowerCase(0);
        var kallas = parsed.AppearsInLowerCase(5);

        Assert.Equal("Kallas", parsed.WordString(5));
        Assert.True(recent);
        Assert.False(kallas);
    }

    [Fact]
    public void Has_CueAndName_GivesTheirClasses()
    {
        using var parsed = ParsedText.Parse("Kallas said it.");

        var cue = parsed.Has(1, WordClass.Cue) && parsed.IsCue(1, out var lemma) && lemma == "say";
        var name = parsed.Has(0, WordClass.Capitalized) && !parsed.Has(0, WordClass.Cue);
        var outside = parsed.Has(-1, WordClass.Cue) || parsed.Has(99, WordClass.Cue);

        Assert.True(cue);
        Assert.True(name);
        Assert.False(outside);
    }

    [Fact]
    public void Parse_LongText_TokensMatchTheListTokenizer()
    {
        var text = string.Concat(Enumerable.Repeat("The minister's aide said, \u201CIt is vital.\u201D ", 400));

        using var parsed = ParsedText.Parse(text);

        Assert.Equal(Tokenizer.Tokenize(text), parsed.Tokens.ToArray());
    }

    [Fact]
    public void HashOf_EveryWord_IsTheCaseFoldHashOfItsText()
    {
        using var parsed = ParsedText.Parse("Gómez told GB News’ reporters: “It won’t end,” and Trump's U.S. aides agreed.");

        var wrong = Enumerable.Range(0, parsed.Count)
            .Where(i => parsed.IsWord(i) && parsed.HashOf(i) != CaseFold.Hash(parsed.Word(i)))
            .Select(parsed.WordString)
            .ToList();

        Assert.Empty(wrong);
        Assert.True(parsed.Count > 15);
    }

    [Fact]
    public void Is_WordsOfEveryCaseAndLookalikes_AnswerAsOrdinalIgnoreCase()
    {
        using var parsed = ParsedText.Parse("AND and And \u00E1nd Sand an \u00DCber \u00FCBER");
        string[] words = ["and", "\u00FCber", "an", "x"];

        var answers = words.Select(w => string.Concat(Enumerable.Range(-1, parsed.Count + 2).Select(i => parsed.Is(i, w) ? "1" : "0"))).ToList();

        // Tokens: AND and And ánd Sand an Über üBER, with one position outside the text at each end.
        Assert.Equal(["0111000000", "0000000110", "0000001000", "0000000000"], answers);
    }

    [Fact]
    public void IsChar_PunctuationWordsAndOutside_OnlyThePunctuationCharacter()
    {
        using var parsed = ParsedText.Parse("Yes, \"no\": 'stop'.");

        var commas = Enumerable.Range(-1, parsed.Count + 2).Count(i => parsed.IsChar(i, ','));
        var quote = parsed.IsChar(2, '"');
        var colon = parsed.IsChar(5, ':');

        Assert.Equal(1, commas);
        Assert.False(quote); // a quotation mark is not punctuation
        Assert.True(colon);
    }
}
