using System.Globalization;
using System.Text.Json;
using DigestBot.Core.Answers;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite;

/// <summary>The article store's reads.</summary>
internal sealed partial class SqliteArticleStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredSource>> ListSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, "SELECT id, source, content_hash FROM articles ORDER BY source;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sources = new List<StoredSource>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(new StoredSource(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return sources;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PersonProfile>> FindSpeakersAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var q = name.Trim();
        if (q.Length == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var names = new List<string>();
        await using (var command = Sql.Command(connection, null, SpeakerKeys.Candidates, ("$q", q), ("$bare", q.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? q[4..].Trim() : q)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                names.Add(reader.GetString(0));
            }
        }

        if (names.Count == 0)
        {
            return [];
        }

        var profiles = await ProfileSummaries.LoadAsync(connection, names, cancellationToken).ConfigureAwait(false);
        return profiles
            .Select(p => (Profile: p, Rank: ProfileLoader.Rank(p.Person, q)))
            .Where(x => x.Rank < int.MaxValue)
            .OrderBy(x => x.Rank)
            .ThenByDescending(x => x.Profile.StatementCount)
            .Select(x => x.Profile)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredQuote>> GetStatementsAsync(string speaker, string? topic, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var match = topic is null ? null : FtsQuery.AllTerms(topic);
        var filter = match is null ? "" : "AND q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH $match)";
        var sql = $"""
            SELECT {Rows.QuoteColumns}, {Rows.SourceColumns} FROM quotes q JOIN articles a ON a.pk = q.article_pk
            WHERE q.speaker = $speaker {filter}
            ORDER BY COALESCE(a.published_at, a.indexed_at) DESC, a.pk, q.start
            LIMIT $limit;
            """;
        return await ReadQuotesAsync(sql, cancellationToken, ("$speaker", speaker.Trim()), ("$match", match), ("$limit", limit)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredQuote>> SearchQuotesAsync(string phrase, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (FtsQuery.Phrase(phrase) is not { } match)
        {
            return [];
        }

        var sql = $"""
            SELECT {Rows.QuoteColumns}, {Rows.SourceColumns}
            FROM quotes_fts f JOIN quotes q ON q.pk = f.rowid JOIN articles a ON a.pk = q.article_pk
            WHERE quotes_fts MATCH $match
            ORDER BY f.rank, a.pk, q.start
            LIMIT $limit;
            """;
        return await ReadQuotesAsync(sql, cancellationToken, ("$match", match), ("$limit", limit)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchArticlesAsync(string terms, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (FtsQuery.AllTerms(terms) is not { } match)
        {
            return [];
        }

        var sql = $"""
            SELECT {Rows.SourceColumns}, snippet(articles_fts, 1, '', '', '…', 24)
            FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
            WHERE articles_fts MATCH $match
            ORDER BY articles_fts.rank
            LIMIT $limit;
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, sql, ("$match", match), ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var hits = new List<SearchHit>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new SearchHit(Rows.Source(reader, 0), reader.GetString(4).Replace('\n', ' ')));
        }

        return hits;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredArticle>> GetArticlesSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var articles = new List<(long Pk, Core.Articles.Article Article)>();
        var sql = $"""
            SELECT {Rows.ArticleColumns} FROM articles a
            WHERE a.indexed_at >= $since OR a.published_at >= $since
            ORDER BY COALESCE(a.published_at, a.indexed_at) DESC, a.pk
            LIMIT $limit;
            """;
        await using (var command = Sql.Command(connection, null, sql, ("$since", Rows.ToMs(since)), ("$limit", limit)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                articles.Add((reader.GetInt64(0), Rows.Article(reader, 0)));
            }
        }

        var quotes = articles.ToDictionary(a => a.Pk, _ => new List<Quote>());
        var quoteSql = $"SELECT q.article_pk, {Rows.QuoteColumns} FROM quotes q WHERE q.article_pk IN (SELECT value FROM json_each($pks)) ORDER BY q.article_pk, q.start;";
        await using (var command = Sql.Command(connection, null, quoteSql, ("$pks", JsonSerializer.Serialize(quotes.Keys))))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                quotes[reader.GetInt64(0)].Add(Rows.Quote(reader, 1));
            }
        }

        return articles.Select(a => new StoredArticle(a.Article, quotes[a.Pk])).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PersonProfile>> GetPeopleAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var profiles = await ProfileLoader.LoadAsync(connection, null, cancellationToken).ConfigureAwait(false);
        return profiles.OrderByDescending(p => p.StatementCount).ThenBy(p => p.Person.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <inheritdoc />
    public async Task<StoreCounts> GetCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        async Task<int> CountAsync(string sql) => Convert.ToInt32(
            await Sql.ScalarAsync(connection, null, sql, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return new StoreCounts(
            await CountAsync("SELECT COUNT(*) FROM articles;").ConfigureAwait(false),
            await CountAsync("SELECT COUNT(*) FROM quotes;").ConfigureAwait(false),
            await CountAsync("SELECT COUNT(*) FROM (SELECT name FROM people UNION SELECT speaker FROM quotes);").ConfigureAwait(false));
    }

    private async Task<IReadOnlyList<StoredQuote>> ReadQuotesAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var quotes = new List<StoredQuote>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            quotes.Add(new StoredQuote(Rows.Quote(reader, 0), Rows.Source(reader, 7)));
        }

        return quotes;
    }
}
