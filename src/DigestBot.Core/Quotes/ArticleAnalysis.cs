using DigestBot.Core.People;

namespace DigestBot.Core.Quotes;

/// <summary>What the who-said-what engine found in one text.</summary>
/// <param name="Quotes">Statements in text order.</param>
/// <param name="People">Every person or organisation mentioned, speakers or not.</param>
public sealed record ArticleAnalysis(IReadOnlyList<Quote> Quotes, IReadOnlyList<Person> People);
