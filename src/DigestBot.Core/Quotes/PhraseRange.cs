namespace DigestBot.Core.Quotes;

/// <summary>A range of tokens, end exclusive.</summary>
/// <param name="First">First token.</param>
/// <param name="End">Token just past the range.</param>
internal readonly record struct PhraseRange(int First, int End)
{
    /// <summary>True when the range holds no token.</summary>
    public bool IsEmpty => End <= First;

    /// <summary>True when <paramref name="token"/> lies in the range.</summary>
    public bool Contains(int token) => First <= token && token < End;
}
