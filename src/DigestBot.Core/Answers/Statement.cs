using DigestBot.Core.Quotes;

namespace DigestBot.Core.Answers;

/// <summary>A statement as shown to a user: the words, who said them, and where.</summary>
public sealed record Statement(string Quote, QuoteKind Kind, string Speaker, ArticleSource Source, int Start, int End);
