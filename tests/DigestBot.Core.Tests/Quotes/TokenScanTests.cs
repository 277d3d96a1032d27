using DigestBot.Core.Language;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class TokenScanTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(13)]
    public void WithClass_CuesAtBlockEdgesAndInTheTail_FoundInOrderAsATokenByTokenTest(int padding)
    {
        // Cue words side by side, at the start and at the end, shifted by padding across the 8- and 4-token blocks.
        var words = Enumerable.Repeat("x", padding)
            .Concat(["said", "says", "a", "b", "c", "d", "e", "told", "f", "g", "h", "i", "j", "k", "l", "m", "wrote"]);
        using var parsed = ParsedText.Parse(string.Join(' ', words));
        var expected = Enumerable.Range(0, parsed.Count).Where(i => parsed.Has(i, WordClass.Cue)).ToList();

        var found = TokenScan.WithClass(parsed, WordClass.Cue);

        Assert.Equal(4, expected.Count);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void WithClass_NoWantedWord_IsEmpty()
    {
        using var parsed = ParsedText.Parse("The weather was fine all week across the region, and nothing else happened.");

        var found = TokenScan.WithClass(parsed, WordClass.Cue);

        Assert.Empty(found);
    }

    [Fact]
    public void NextAccording_TwoMentions_FindsEachFromItsStart()
    {
        using var parsed = ParsedText.Parse("According to police, it rained. It was late, ACCORDING to the BBC.");

        var first = TokenScan.NextAccording(parsed, 0);
        var second = TokenScan.NextAccording(parsed, first + 1);
        var none = TokenScan.NextAccording(parsed, second + 1);

        Assert.Equal(0, first);
        Assert.Equal("ACCORDING", parsed.WordString(second));
        Assert.Equal(-1, none);
    }
}
