using System.Diagnostics;
using DigestBot.Core.Answers;
using DigestBot.Core.Storage;

namespace DigestBot.Benchmarks.Scale;

/// <summary>Passes every call to the real store and adds up the time spent writing batches, to split an import's time.</summary>
public sealed class TimedStore(IArticleStore inner) : IArticleStore, IBatchArticleStore
{
    private long _writeTicks;

    /// <summary>Time spent inside UpsertBatchAsync and UpsertAsync so far.</summary>
    public TimeSpan WriteTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _writeTicks));

    /// <inheritdoc />
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertBatchAsync(IReadOnlyList<AnalysedArticle> articles, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await ((IBatchArticleStore)inner).UpsertBatchAsync(articles, cancellationToken);
        }
        finally
        {
            Interlocked.Add(ref _writeTicks, Stopwatch.GetTimestamp() - start);
        }
    }

    /// <inheritdoc />
    public async Task<UpsertOutcome> UpsertAsync(AnalysedArticle article, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await inner.UpsertAsync(article, cancellationToken);
        }
        finally
        {
            Interlocked.Add(ref _writeTicks, Stopwatch.GetTimestamp() - start);
        }
    }

    /// <inheritdoc />
    public Task<int> RemoveAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken) => inner.RemoveAsync(sources, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredSource>> ListSourcesAsync(CancellationToken cancellationToken) => inner.ListSourcesAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PersonProfile>> FindSpeakersAsync(string name, CancellationToken cancellationToken) => inner.FindSpeakersAsync(name, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredQuote>> GetStatementsAsync(string speaker, string? topic, int limit, CancellationToken cancellationToken) =>
        inner.GetStatementsAsync(speaker, topic, limit, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredQuote>> SearchQuotesAsync(string phrase, int limit, CancellationToken cancellationToken) => inner.SearchQuotesAsync(phrase, limit, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SearchHit>> SearchArticlesAsync(string terms, int limit, CancellationToken cancellationToken) => inner.SearchArticlesAsync(terms, limit, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredArticle>> GetArticlesSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        inner.GetArticlesSinceAsync(since, limit, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PersonProfile>> GetPeopleAsync(CancellationToken cancellationToken) => inner.GetPeopleAsync(cancellationToken);

    /// <inheritdoc />
    public Task<StoreCounts> GetCountsAsync(CancellationToken cancellationToken) => inner.GetCountsAsync(cancellationToken);
}
