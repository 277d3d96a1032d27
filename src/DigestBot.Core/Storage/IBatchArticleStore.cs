namespace DigestBot.Core.Storage;

/// <summary>A store that can write many articles in one transaction (bulk imports). Optional: callers fall back to one upsert per article.</summary>
public interface IBatchArticleStore
{
    /// <summary>Upserts <paramref name="articles"/> in one transaction, each as <see cref="IArticleStore.UpsertAsync"/> would; outcomes in the same order.</summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertBatchAsync(IReadOnlyList<AnalysedArticle> articles, CancellationToken cancellationToken);
}
