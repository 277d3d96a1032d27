namespace DigestBot.Core.Quotes;

/// <summary>A statement found by one rule, before its speaker is resolved.</summary>
/// <remarks>A struct: the rules make one for every statement they find, kept only in the analysis's lists.</remarks>
/// <param name="First">First token of the statement.</param>
/// <param name="End">Token just past the statement.</param>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Cue">Token index of the cue verb or "according", or -1.</param>
/// <param name="Subject">The speaker phrase; empty when the speaker is inherited.</param>
/// <param name="Appositive">A role phrase set off by commas after the subject ("the EU's top diplomat").</param>
/// <param name="Span">Index of the quoted span for direct quotes, or -1.</param>
/// <param name="InheritsFrom">Index of the quoted span whose speaker this one shares, or -1.</param>
internal readonly record struct QuoteCandidate(
    int First,
    int End,
    QuoteKind Kind,
    int Cue,
    PhraseRange Subject,
    PhraseRange Appositive,
    int Span,
    int InheritsFrom)
{
    /// <summary>Tokens left out of a statement interrupted by its attribution (", he said,"); empty otherwise.</summary>
    public PhraseRange Gap { get; init; }

    /// <summary>Where the speaker is named: the position used to find "the most recent speaker" for pronouns.</summary>
    public int Anchor => Subject.IsEmpty ? First : Subject.First;
}
