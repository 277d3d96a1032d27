namespace DigestBot.Core.Language;

/// <summary>A sentence as a range of tokens.</summary>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="EndToken">Index just past its last token.</param>
/// <param name="Paragraph">Index of the paragraph holding it.</param>
internal readonly record struct Sentence(int FirstToken, int EndToken, int Paragraph);
