using DigestBot.Core.Answers;
using DigestBot.Core.Storage;
using DigestBot.Postgres.Schema;
using Npgsql;

namespace DigestBot.Postgres.Storage;

/// <summary>The article store on PostgreSQL: tsvector full-text search, batched imports, schema migrated on first use.</summary>
internal sealed class PostgresArticleStore(PostgresDatabase database, PostgresMigrator migrator) : IArticleStore, IBatchArticleStore
{
    public Task<IReadOnlyList<UpsertOutcome>> UpsertBatchAsync(IReadOnlyList<AnalysedArticle> articles, CancellationToken cancellationToken) =>
        RunAsync(c => ArticleWriter.UpsertBatchAsync(c, articles, cancellationToken), cancellationToken);

    public Task<UpsertOutcome> UpsertAsync(AnalysedArticle article, CancellationToken cancellationToken) =>
        RunAsync(c => ArticleWriter.UpsertAsync(c, article, cancellationToken), cancellationToken);

    public Task<int> RemoveAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken) =>
        RunAsync(c => ArticleWriter.RemoveAsync(c, sources, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<StoredSource>> ListSourcesAsync(CancellationToken cancellationToken) =>
        RunAsync(c => ArticleWriter.ListSourcesAsync(c, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<PersonProfile>> FindSpeakersAsync(string name, CancellationToken cancellationToken) =>
        RunAsync(c => PeopleQueries.FindSpeakersAsync(c, name, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<StoredQuote>> GetStatementsAsync(string speaker, string? topic, int limit, CancellationToken cancellationToken) =>
        RunAsync(c => QuoteQueries.GetStatementsAsync(c, speaker, topic, limit, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<StoredQuote>> SearchQuotesAsync(string phrase, int limit, CancellationToken cancellationToken) =>
        RunAsync(c => QuoteQueries.SearchQuotesAsync(c, phrase, limit, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchArticlesAsync(string terms, int limit, CancellationToken cancellationToken) =>
        RunAsync(c => ArticleQueries.SearchArticlesAsync(c, terms, limit, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<StoredArticle>> GetArticlesSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        RunAsync(c => ArticleQueries.GetArticlesSinceAsync(c, since, limit, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<PersonProfile>> GetPeopleAsync(CancellationToken cancellationToken) =>
        RunAsync(c => PeopleQueries.GetPeopleAsync(c, cancellationToken), cancellationToken);

    public Task<StoreCounts> GetCountsAsync(CancellationToken cancellationToken) =>
        RunAsync(c => ArticleQueries.GetCountsAsync(c, cancellationToken), cancellationToken);

    private async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> query, CancellationToken cancellationToken)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await query(connection).ConfigureAwait(false);
        }
    }
}
