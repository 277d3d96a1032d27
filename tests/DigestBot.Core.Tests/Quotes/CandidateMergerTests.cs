using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class CandidateMergerTests
{
    [Fact]
    public void Merge_DirectInsideMixed_IsAbsorbed()
    {
        var mixed = new QuoteCandidate(5, 20, QuoteKind.Mixed, 4, new PhraseRange(3, 4), default, -1, -1);
        var direct = new QuoteCandidate(10, 15, QuoteKind.Direct, 2, new PhraseRange(0, 1), default, 0, -1);

        var merged = CandidateMerger.Merge([direct], [mixed]);

        Assert.Equal([mixed], merged);
    }

    [Fact]
    public void Merge_SameSpanTwice_KeepsOne()
    {
        var a = new QuoteCandidate(5, 20, QuoteKind.Indirect, 4, new PhraseRange(3, 4), default, -1, -1);
        var b = a with { Cue = 2, Subject = new PhraseRange(0, 1) };

        var merged = CandidateMerger.Merge([], [a, b]);

        Assert.Single(merged);
    }

    [Fact]
    public void Merge_OrdersBySpeakerPosition()
    {
        var late = new QuoteCandidate(0, 5, QuoteKind.Direct, 7, new PhraseRange(6, 7), default, 0, -1);
        var early = new QuoteCandidate(10, 15, QuoteKind.Indirect, 9, new PhraseRange(2, 3), default, -1, -1);

        var merged = CandidateMerger.Merge([late], [early]);

        Assert.Equal([early, late], merged);
    }
}
