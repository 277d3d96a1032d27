namespace DigestBot.Core.Articles;

/// <summary>A range of an article's text, such as a paragraph.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character (exclusive).</param>
public sealed record TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;
}
