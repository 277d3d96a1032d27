namespace DigestBot.Core.Answers;

/// <summary>Where a statement or snippet comes from, for citing it.</summary>
/// <param name="ArticleId">The article's stable id.</param>
/// <param name="Label">Headline, dateline or file name: what a reader recognises.</param>
/// <param name="Location">File path relative to the content root, or URL.</param>
public sealed record ArticleSource(string ArticleId, string Label, string Location);
