using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class RuleScratchTests
{
    [Fact]
    public void Take_AfterReturn_GivesTheSameListsEmptied()
    {
        var first = RuleScratch.Take();
        first.Cues.Add(3);
        first.Merged.Add(new QuoteCandidate(0, 2, QuoteKind.Indirect, -1, default, default, -1, -1));
        first.Return();

        var second = RuleScratch.Take();

        Assert.Same(first, second);
        Assert.Empty(second.Cues);
        Assert.Empty(second.Merged);
        second.Return();
    }

    [Fact]
    public void Take_WhileTaken_GivesOtherLists()
    {
        var first = RuleScratch.Take();

        var second = RuleScratch.Take();

        Assert.NotSame(first, second);
        first.Return();
    }

    [Fact]
    public void Return_GrownPastTheLimit_IsNotKept()
    {
        var big = RuleScratch.Take();
        big.Cues.AddRange(Enumerable.Range(0, 5000));
        big.Return();

        var next = RuleScratch.Take();

        Assert.NotSame(big, next);
        next.Return();
    }
}
