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
}
