namespace DigestBot.Core.Answers;

/// <summary>A question reduced to what it asks and about whom.</summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Subject">The speaker (Statements, WhoIs), the phrase (WhoSaid) or the search terms (Search).</param>
/// <param name="Topic">For Statements: the "about ..." part, if any.</param>
public sealed record ParsedQuestion(QuestionKind Kind, string Subject, string? Topic = null);
