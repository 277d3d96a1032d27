using DigestBot.Core.Answers;

namespace DigestBot.Core.Digests;

/// <summary>One story of a digest: a group of articles about the same thing.</summary>
/// <param name="Headline">A short headline.</param>
/// <param name="Summary">One to three extractive summary sentences.</param>
/// <param name="Quotes">The most telling statements, with their speakers.</param>
/// <param name="Sources">The articles of the story.</param>
public sealed record DigestStory(
    string Headline,
    IReadOnlyList<string> Summary,
    IReadOnlyList<Statement> Quotes,
    IReadOnlyList<ArticleSource> Sources);
