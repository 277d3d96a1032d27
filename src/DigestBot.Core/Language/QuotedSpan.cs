namespace DigestBot.Core.Language;

/// <summary>Text between quotation marks within one paragraph.</summary>
/// <param name="OpenMark">Token index of the opening mark, or -1 when the span continues from the previous paragraph.</param>
/// <param name="ContentFirst">Token index of the first quoted token.</param>
/// <param name="ContentEnd">Token index just past the last quoted token.</param>
/// <param name="CloseMark">Token index of the closing mark, or -1 when the paragraph ends first.</param>
/// <param name="Paragraph">Index of the paragraph.</param>
/// <param name="ContinuesPrevious">True when this span carries on a quotation left open in the previous paragraph.</param>
internal readonly record struct QuotedSpan(
    int OpenMark,
    int ContentFirst,
    int ContentEnd,
    int CloseMark,
    int Paragraph,
    bool ContinuesPrevious)
{
    /// <summary>First token index covered, marks included.</summary>
    public int FirstToken => OpenMark >= 0 ? OpenMark : ContentFirst;

    /// <summary>Token index just past the span, marks included.</summary>
    public int EndToken => CloseMark >= 0 ? CloseMark + 1 : ContentEnd;

    /// <summary>Number of quoted tokens.</summary>
    public int Length => ContentEnd - ContentFirst;
}
