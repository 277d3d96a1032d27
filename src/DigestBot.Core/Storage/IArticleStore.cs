using DigestBot.Core.Answers;

namespace DigestBot.Core.Storage;

/// <summary>Stores analysed articles (text, quotes, people) and answers lookups over them. Implemented by DigestBot.Sqlite.</summary>
/// <remarks>
/// Every lookup by name is case-insensitive. Full-text arguments are plain user words, never a query language:
/// the store quotes them itself, so "Kallas's" or "AND" cannot break a query.
/// </remarks>
public interface IArticleStore
{
    /// <summary>Adds or replaces one article with its analysis, keyed by <see cref="Articles.Article.Id"/>; a same content hash is a no-op.</summary>
    Task<UpsertOutcome> UpsertAsync(AnalysedArticle article, CancellationToken cancellationToken);

    /// <summary>Removes the articles whose <see cref="Articles.Article.Source"/> is in <paramref name="sources"/>; returns how many went.</summary>
    Task<int> RemoveAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken);

    /// <summary>Every stored article's id, source and content hash, to decide what to re-index or remove.</summary>
    Task<IReadOnlyList<StoredSource>> ListSourcesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// People and organisations matching <paramref name="name"/> by canonical name, alias, surname or role, merged
    /// across articles, best match first ("Kallas", "kallas" and "Kaja Kallas" all find "Kaja Kallas").
    /// </summary>
    Task<IReadOnlyList<PersonProfile>> FindSpeakersAsync(string name, CancellationToken cancellationToken);

    /// <summary>Statements attributed to the canonical <paramref name="speaker"/>, optionally only those matching <paramref name="topic"/> (full-text).</summary>
    Task<IReadOnlyList<StoredQuote>> GetStatementsAsync(string speaker, string? topic, int limit, CancellationToken cancellationToken);

    /// <summary>Statements whose words contain <paramref name="phrase"/> (full-text phrase match), best first.</summary>
    Task<IReadOnlyList<StoredQuote>> SearchQuotesAsync(string phrase, int limit, CancellationToken cancellationToken);

    /// <summary>Articles matching all of <paramref name="terms"/> (full-text), best first, with a snippet around the match.</summary>
    Task<IReadOnlyList<SearchHit>> SearchArticlesAsync(string terms, int limit, CancellationToken cancellationToken);

    /// <summary>Articles indexed or published at or after <paramref name="since"/>, newest first, each with its statements (for digests).</summary>
    Task<IReadOnlyList<StoredArticle>> GetArticlesSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>Every known person and organisation, merged across articles, most quoted first.</summary>
    Task<IReadOnlyList<PersonProfile>> GetPeopleAsync(CancellationToken cancellationToken);

    /// <summary>How many articles, statements and distinct people are stored.</summary>
    Task<StoreCounts> GetCountsAsync(CancellationToken cancellationToken);
}
