using DigestBot.Core.Articles;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Storage;

/// <summary>A stored article with its statements in text order.</summary>
public sealed record StoredArticle(Article Article, IReadOnlyList<Quote> Quotes);
