using DigestBot.Core.Articles;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Storage;

/// <summary>An article ready to store: its text, its paragraphs and what the quote engine found in it.</summary>
/// <param name="Article">The article; quote and paragraph offsets point into its text.</param>
/// <param name="Paragraphs">The article's paragraphs, in order.</param>
/// <param name="Analysis">Statements and people found in the text.</param>
public sealed record AnalysedArticle(Article Article, IReadOnlyList<TextSpan> Paragraphs, ArticleAnalysis Analysis);
