namespace DigestBot.Core.Answers;

/// <summary>What an answer holds.</summary>
public enum AnswerKind
{
    /// <summary>Statements by one speaker.</summary>
    Statements,

    /// <summary>The speaker of a remembered phrase.</summary>
    WhoSaid,

    /// <summary>What the articles say about who someone is.</summary>
    WhoIs,

    /// <summary>Full-text search results.</summary>
    Search,

    /// <summary>Nothing found; <see cref="Answer.Message"/> says why and suggests close matches.</summary>
    NotFound,
}
