using DigestBot.Core.Quotes;
using DigestBot.Testing;

namespace DigestBot.Core.Tests.Quotes;

public sealed class DevSetRegressionTests
{
    // Measured 2026-11-26 (branch quality): extraction F1 0.875, end-to-end F1 0.837 (score_quotes.py gives the same).
    private const double ExtractionFloor = 0.865;
    private const double EndToEndFloor = 0.825;

    [Fact]
    public void Analyze_WikinewsDevSet_StaysAboveMeasuredFloor()
    {
        var gold = GoldDocument.Load(RepoPaths.InShared("eval", "quotes-dev.jsonl"));
        var extractor = new QuoteExtractor();

        var predicted = gold.ToDictionary(d => d.Id, d => extractor.Analyze(d.Text).Quotes);
        var score = QuoteScorer.Score(gold, predicted);

        Assert.Equal(104, score.Gold);
        Assert.True(score.ExtractionF1 >= ExtractionFloor, $"extraction F1 {score.ExtractionF1:F3} < {ExtractionFloor}");
        Assert.True(score.EndToEndF1 >= EndToEndFloor, $"end-to-end F1 {score.EndToEndF1:F3} < {EndToEndFloor}");
    }
}
