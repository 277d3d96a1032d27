using System.Text.RegularExpressions;
using DigestBot.Core.Answers;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using Npgsql;
using static DigestBot.Postgres.Storage.StoreRows;

namespace DigestBot.Postgres.Storage;

/// <summary>Article lookups: full-text search with snippets, recent articles for digests, and totals.</summary>
internal static partial class ArticleQueries
{
    /// <summary>Marks text cut from either end of a snippet, as the SQLite store's snippet() does.</summary>
    public const string Ellipsis = "…";

    // Rank first, then headline only for the rows returned: ts_headline re-parses the text and is the costly part.
    private const string SearchSql = """
        WITH query AS (SELECT to_tsquery('simple', $1) AS q),
        top AS (
            SELECT a.id, a.headline, a.dateline, a.source, a.body, ts_rank(a.search, query.q, 1) AS rank,
                   coalesce(a.published_at, a.indexed_at) AS at
            FROM articles a, query
            WHERE a.search @@ query.q
            ORDER BY rank DESC, at DESC, a.id
            LIMIT $2)
        SELECT top.id, top.headline, top.dateline, top.source, top.body,
               ts_headline('simple', top.body, query.q, 'StartSel="", StopSel="", MaxWords=24, MinWords=12, MaxFragments=1')
        FROM top, query
        ORDER BY top.rank DESC, top.at DESC, top.id
        """;

    public static async Task<IReadOnlyList<SearchHit>> SearchArticlesAsync(
        NpgsqlConnection connection, string terms, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (TsQuery.AllTerms(terms) is not { } query)
        {
            return [];
        }

        await using var command = new NpgsqlCommand(SearchSql, connection);
        command.Parameters.Add(Value(query));
        command.Parameters.Add(Value(limit));
        var hits = new List<SearchHit>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                hits.Add(new SearchHit(ReadSource(reader, 0), Snippet(reader.GetString(4), reader.GetString(5))));
            }
        }

        return hits;
    }

    public static async Task<IReadOnlyList<StoredArticle>> GetArticlesSinceAsync(
        NpgsqlConnection connection, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var articles = new List<Core.Articles.Article>();
        await using (var command = new NpgsqlCommand(
            "SELECT " + ArticleColumns + """
                 FROM articles a
                WHERE a.indexed_at >= $1 OR a.published_at >= $1
                ORDER BY coalesce(a.published_at, a.indexed_at) DESC, a.id
                LIMIT $2
                """,
            connection))
        {
            command.Parameters.Add(Value(since.ToUniversalTime()));
            command.Parameters.Add(Value(limit));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    articles.Add(ReadArticle(reader, 0));
                }
            }
        }

        var quotes = articles.ToDictionary(a => a.Id, _ => new List<Quote>(), StringComparer.Ordinal);
        if (articles.Count > 0)
        {
            await using var command = new NpgsqlCommand(
                "SELECT q.article_id, " + QuoteColumns + " FROM quotes q WHERE q.article_id = ANY($1) ORDER BY q.article_id, q.ordinal",
                connection);
            command.Parameters.Add(Value(quotes.Keys.ToArray()));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    quotes[reader.GetString(0)].Add(ReadQuote(reader, 1));
                }
            }
        }

        return articles.Select(a => new StoredArticle(a, quotes[a.Id])).ToList();
    }

    public static async Task<StoreCounts> GetCountsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM articles)::int, (SELECT count(*) FROM quotes)::int, (SELECT count(DISTINCT name_key) FROM people)::int",
            connection);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new StoreCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
        }
    }

    /// <summary>The headline on one line, with an ellipsis on each side where the article goes on.</summary>
    private static string Snippet(string body, string headline)
    {
        var text = OneLine(body);
        var snippet = OneLine(headline);
        var before = text.StartsWith(snippet, StringComparison.Ordinal) ? "" : Ellipsis;
        var after = text.EndsWith(snippet, StringComparison.Ordinal) ? "" : Ellipsis;
        return before + snippet + after;
    }

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
