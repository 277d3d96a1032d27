using DigestBot.Core.Language;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class ConjunctsTests
{
    [Theory]
    [InlineData("Both the water board and the city council have said it.", "the water board")]
    [InlineData("The union and the workers said it.", "The union")]
    [InlineData("Maria Lopez and Tom Reed said it.", "Maria Lopez")]
    [InlineData("Nigerian trade minister and OPEC chairman Ade Bello said it.", "OPEC chairman Ade Bello")]
    [InlineData("American Cable and Radio Corp said it.", "Radio Corp")]
    [InlineData("Prices rose and analysts said it.", "analysts")]
    public void Before_CoordinatedSubject_TakesFirstConjunctOnlyForTwoSpeakers(string text, string expected)
    {
        using var parsed = ParsedText.Parse(text);
        var cue = Enumerable.Range(0, parsed.Count).First(i => parsed.Is(i, "said"));

        var range = SubjectFinder.Before(parsed, cue, 0);

        Assert.Equal(expected, parsed.Slice(range.First, range.End));
    }
}
