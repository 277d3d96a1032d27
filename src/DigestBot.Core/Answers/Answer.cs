namespace DigestBot.Core.Answers;

/// <summary>A platform-free answer to a question; each adapter renders it its own way.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Kind">What the answer holds.</param>
/// <param name="Subject">The resolved speaker or subject ("Kaja Kallas"), if any.</param>
/// <param name="Statements">Statements, verbatim, each with its speaker and source.</param>
/// <param name="Hits">Search results, for search answers and fallbacks.</param>
/// <param name="Message">A plain sentence for the user (e.g. "No statements found for Zelenskyy.").</param>
/// <param name="Suggestions">Close matches worth trying.</param>
public sealed record Answer(
    string Question,
    AnswerKind Kind,
    string? Subject,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<SearchHit> Hits,
    string? Message,
    IReadOnlyList<string> Suggestions);
