using DigestBot.Core.Language;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class SubjectFinderTests
{
    [Theory]
    [InlineData("Kallas said it.", "Kallas")]
    [InlineData("The EU foreign policy chief on Saturday said it.", "The EU foreign policy chief")]
    [InlineData("Kallas, the EU's top diplomat, said it.", "Kallas")]
    [InlineData("Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said it.", "Cynthia Thompson")]
    [InlineData("He met Devocht, who had told him it.", "Devocht")]
    [InlineData("After the meeting, Trump also said it.", "Trump")]
    [InlineData("The company's chief executive, Jane Doe, said it.", "Jane Doe")]
    public void Before_CueInSentence_FindsSpeakerPhrase(string text, string expected)
    {
        var parsed = ParsedText.Parse(text);
        var cue = Enumerable.Range(0, parsed.Count).First(i => CueVerbs.TryGetLemma(parsed.Word(i), out _));

        var range = SubjectFinder.Before(parsed, cue, 0);

        Assert.Equal(expected, parsed.Slice(range.First, range.End));
    }

    [Theory]
    [InlineData("The claims made about him were lies and said it.")]
    [InlineData("Quickly said it.")]
    public void Before_NoSpeakerHead_IsEmpty(string text)
    {
        var parsed = ParsedText.Parse(text);
        var cue = Enumerable.Range(0, parsed.Count).First(i => CueVerbs.TryGetLemma(parsed.Word(i), out _));

        var range = SubjectFinder.Before(parsed, cue, 0);

        Assert.True(range.IsEmpty);
    }

    [Fact]
    public void After_InvertedCue_FindsName()
    {
        var parsed = ParsedText.Parse("\"It failed,\" said Kaja Kallas.");
        var cue = Enumerable.Range(0, parsed.Count).First(i => parsed.Is(i, "said"));

        var range = SubjectFinder.After(parsed, cue, parsed.Count);

        Assert.Equal("Kaja Kallas", parsed.Slice(range.First, range.End));
    }

    [Theory]
    [InlineData("The plan is sound, the Port Authority of Leith (PAL) has said it.", "the Port Authority of Leith")]
    [InlineData("Prices will rise, the Grain Board (GB) said it.", "the Grain Board")]
    public void Before_BracketedAcronymAfterSubject_IsSkipped(string text, string expected)
    {
        using var parsed = ParsedText.Parse(text);
        var cue = Enumerable.Range(0, parsed.Count).First(i => parsed.Is(i, "said"));

        var range = SubjectFinder.Before(parsed, cue, 0);

        Assert.Equal(expected, parsed.Slice(range.First, range.End));
    }

    [Theory]
    [InlineData("Last week figures from the Council of Lenders said it.")]
    [InlineData("A survey for the charity said it.")]
    [InlineData("A letter seen by Channel Four said it.")]
    public void Before_PhraseHeadedByAThing_IsEmpty(string text)
    {
        using var parsed = ParsedText.Parse(text);
        var cue = Enumerable.Range(0, parsed.Count).First(i => parsed.Is(i, "said"));

        var range = SubjectFinder.Before(parsed, cue, 0);

        Assert.True(range.IsEmpty);
    }

    [Theory]
    [InlineData("A spokesman for the Port Authority said it.", "A spokesman for the Port Authority")]
    [InlineData("Union leaders in Leith said it.", "Union leaders in Leith")]
    public void Before_PhraseHeadedByARole_KeepsThePhrase(string text, string expected)
    {
        using var parsed = ParsedText.Parse(text);
        var cue = Enumerable.Range(0, parsed.Count).First(i => parsed.Is(i, "said"));

        var range = SubjectFinder.Before(parsed, cue, 0);

        Assert.Equal(expected, parsed.Slice(range.First, range.End));
    }
}
