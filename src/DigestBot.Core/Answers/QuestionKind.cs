namespace DigestBot.Core.Answers;

/// <summary>What a question asks for.</summary>
public enum QuestionKind
{
    /// <summary>"what did X say (about Y)?", "what has X said", "quotes from X".</summary>
    Statements,

    /// <summary>"who said &lt;phrase&gt;?".</summary>
    WhoSaid,

    /// <summary>"who is X?".</summary>
    WhoIs,

    /// <summary>Anything else: full-text search.</summary>
    Search,
}
