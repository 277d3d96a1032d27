namespace DigestBot.Core.Language;

/// <summary>One token of a text, by offsets into that text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What the token is.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
