namespace DigestBot.Core.Articles;

/// <summary>An article split into its parts: the article itself and its paragraphs.</summary>
/// <param name="Article">The article, with dateline, headline, text and hash.</param>
/// <param name="Paragraphs">Body paragraphs (after the dateline and headline), as offsets into the text.</param>
public sealed record ParsedArticle(Article Article, IReadOnlyList<TextSpan> Paragraphs);
