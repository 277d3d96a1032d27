namespace DigestBot.Core.Tests.Quotes;

/// <summary>Counts from scoring predictions against gold, as score_quotes.py prints them.</summary>
internal sealed record QuoteScore(int Matched, int MatchedWithSpeaker, int Predicted, int Gold)
{
    /// <summary>Extraction F1: quotes matched, speaker ignored.</summary>
    public double ExtractionF1 => F1(Matched);

    /// <summary>End-to-end F1: quote and speaker both right.</summary>
    public double EndToEndF1 => F1(MatchedWithSpeaker);

    private double F1(int tp)
    {
        var p = Predicted == 0 ? 0 : (double)tp / Predicted;
        var r = Gold == 0 ? 0 : (double)tp / Gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
