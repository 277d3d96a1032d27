using DigestBot.Core.Answers;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Storage;

/// <summary>A stored statement with the article it comes from.</summary>
/// <param name="Quote">The statement, its speaker and offsets into the article text.</param>
/// <param name="Source">The article, for citing.</param>
public sealed record StoredQuote(Quote Quote, ArticleSource Source);
