namespace DigestBot.Core.Answers;

/// <summary>A full-text search result with a snippet around the matched words.</summary>
public sealed record SearchHit(ArticleSource Source, string Snippet);
