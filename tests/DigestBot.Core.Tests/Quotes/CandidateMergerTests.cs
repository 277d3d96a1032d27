using DigestBot.Core.Language;
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

    [Fact]
    public void ShareNestedSpeakers_PronounCueInsideAnotherStatement_TakesTheOuterSubject()
    {
        using var text = ParsedText.Parse("Ruth Adler said she believed the deal would pass.");
        var outer = new QuoteCandidate(3, 9, QuoteKind.Indirect, 2, new PhraseRange(0, 2), default, -1, -1);
        var inner = new QuoteCandidate(5, 9, QuoteKind.Indirect, 4, new PhraseRange(3, 4), default, -1, -1);
        List<QuoteCandidate> reported = [outer, inner];

        CandidateMerger.ShareNestedSpeakers(text, reported);

        Assert.Equal(new PhraseRange(0, 2), reported[1].Subject);
    }

    [Fact]
    public void ShareNestedSpeakers_NamedSubjectInside_IsKept()
    {
        using var text = ParsedText.Parse("Ruth Adler said Tom Reed believed the deal would pass.");
        var outer = new QuoteCandidate(3, 10, QuoteKind.Indirect, 2, new PhraseRange(0, 2), default, -1, -1);
        var inner = new QuoteCandidate(6, 10, QuoteKind.Indirect, 5, new PhraseRange(3, 5), default, -1, -1);
        List<QuoteCandidate> reported = [outer, inner];

        CandidateMerger.ShareNestedSpeakers(text, reported);

        Assert.Equal(new PhraseRange(3, 5), reported[1].Subject);
    }
}
