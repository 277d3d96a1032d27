namespace DigestBot.Core.Answers;

/// <summary>Answers questions about the indexed articles. The one entry point every chat adapter calls.</summary>
public interface IQuestionAnswerer
{
    /// <summary>Answers a free-form question: "what did X say (about Y)?", "who said ...?", "who is X?", or search.</summary>
    Task<Answer> AskAsync(string question, CancellationToken cancellationToken);

    /// <summary>All statements by one speaker.</summary>
    Task<Answer> QuotesFromAsync(string speaker, CancellationToken cancellationToken);

    /// <summary>Full-text search over the articles, with cited snippets.</summary>
    Task<Answer> SearchAsync(string terms, CancellationToken cancellationToken);

    /// <summary>Speaker names starting with or containing <paramref name="prefix"/>, for autocomplete.</summary>
    Task<IReadOnlyList<string>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken);
}
