using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class CapitalMaskTests
{
    [Fact]
    public void Of_EveryBlockOfALongText_MatchesIsCapitalizedPerToken()
    {
        var words = Enumerable.Range(0, 150).Select(k => k % 3 == 0 || k % 7 == 0 ? $"Name{k}" : $"word{k}");
        var parsed = ParsedText.Parse(string.Join(' ', words) + ".");

        var blocks = Enumerable.Range(0, (parsed.Count + 63) / 64).Select(b => CapitalMask.Of(parsed.Classes, b * 64)).ToList();

        Assert.Equal(3, blocks.Count);
        for (var i = 0; i < parsed.Count; i++)
        {
            Assert.Equal(parsed.IsCapitalized(i), ((blocks[i / 64] >> (i % 64)) & 1) != 0);
        }
    }

    [Fact]
    public void Of_ShortTail_LeavesBitsPastTheEndClear()
    {
        var parsed = ParsedText.Parse("Ann Lee met Bob");

        var mask = CapitalMask.Of(parsed.Classes, 0);

        Assert.Equal(0b1011UL, mask);
    }

    [Theory]
    [InlineData(0, 3)] // "Prime Minister Kaja", then the lower-case "said"
    [InlineData(3, 0)] // "said"
    [InlineData(4, 1)] // "Kallas", then the comma
    public void PlainRun_LongText_CountsCapitalisedWordsFromAToken(int from, int expected)
    {
        var parsed = ParsedText.Parse("Prime Minister Kaja said Kallas, and then many more words followed here in the long text.");

        var length = CapitalMask.PlainRun(parsed.Classes, parsed.ParagraphOf, from, parsed.ParagraphOf[from], parsed.Count);

        Assert.Equal(expected, length);
    }

    [Fact]
    public void PlainRun_CalendarWordOrNewParagraph_EndsTheRun()
    {
        var parsed = ParsedText.Parse("Ann Lee Monday Bob\nCarl Dunn went home on a long walk with many friends of theirs.");

        var beforeCalendar = CapitalMask.PlainRun(parsed.Classes, parsed.ParagraphOf, 0, parsed.ParagraphOf[0], parsed.Count);
        var beforeParagraph = CapitalMask.PlainRun(parsed.Classes, parsed.ParagraphOf, 3, parsed.ParagraphOf[3], parsed.Count);

        Assert.Equal(2, beforeCalendar);
        Assert.Equal(1, beforeParagraph);
    }

    [Fact]
    public void PlainRun_NearTheEndOrAtTheLimit_StopsThere()
    {
        var parsed = ParsedText.Parse("We met Ann Lee Bob Carl");

        var toEnd = CapitalMask.PlainRun(parsed.Classes, parsed.ParagraphOf, 2, parsed.ParagraphOf[2], parsed.Count);
        var toLimit = CapitalMask.PlainRun(parsed.Classes, parsed.ParagraphOf, 2, parsed.ParagraphOf[2], 4);

        Assert.Equal(4, toEnd);
        Assert.Equal(2, toLimit);
    }

    [Fact]
    public void Within_TitlesOfARun_SetsTheirBitsOnly()
    {
        var parsed = ParsedText.Parse("Talks with US President Donald Trump and Mr Smith of the Interior Ministry ended in the long night.");
        var from = 2; // "US"

        var titles = CapitalMask.Within(parsed.Classes, from, from + 8, WordClass.Title);

        var expected = 0u;
        for (var k = 0; k < 8; k++)
        {
            expected |= parsed.Has(from + k, WordClass.Title) ? 1u << k : 0;
        }

        Assert.Equal(expected, titles);
        Assert.NotEqual(0u, titles & 0b10); // "President"
    }

    [Fact]
    public void Within_NearTheEnd_ReadsOnlyTheTokensThere()
    {
        var parsed = ParsedText.Parse("They met President Lee");

        var titles = CapitalMask.Within(parsed.Classes, 2, parsed.Count, WordClass.Title);
        var none = CapitalMask.Within(parsed.Classes, 3, 3, WordClass.Title);

        Assert.Equal(1u, titles);
        Assert.Equal(0u, none);
    }
}
