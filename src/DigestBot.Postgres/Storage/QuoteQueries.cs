using DigestBot.Core.Storage;
using Npgsql;
using static DigestBot.Postgres.Storage.StoreRows;

namespace DigestBot.Postgres.Storage;

/// <summary>Statement lookups: by speaker (optionally on a topic) and by phrase, over the quotes' tsvector.</summary>
internal static class QuoteQueries
{
    private const string Select =
        "SELECT " + QuoteColumns + ", " + SourceColumns + " FROM quotes q JOIN articles a ON a.id = q.article_id";

    // Newest article first, then text order, as the SQLite store orders a speaker's statements.
    private const string Recency = "coalesce(a.published_at, a.indexed_at) DESC, a.id, q.ordinal";

    // The same order from the statement's copy of its article's date: a range scan of quotes_speaker_key_said_at.
    private const string SpeakerRecency = "q.said_at DESC, q.article_id, q.ordinal";

    public static async Task<IReadOnlyList<StoredQuote>> GetStatementsAsync(
        NpgsqlConnection connection, string speaker, string? topic, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var command = new NpgsqlCommand { Connection = connection };
        command.Parameters.Add(Value(NameKeys.Key(speaker)));
        command.Parameters.Add(Value(limit));

        // A topic of stop words or punctuation only filters nothing, as in the SQLite store.
        if (topic is null || TsQuery.AllTerms(topic) is not { } query)
        {
            command.CommandText = Select + " WHERE q.speaker_key = $1 ORDER BY " + SpeakerRecency + " LIMIT $2";
        }
        else
        {
            command.Parameters.Add(Value(query));
            command.CommandText = Select + " WHERE q.speaker_key = $1 AND q.search @@ to_tsquery('simple', $3) ORDER BY " + SpeakerRecency + " LIMIT $2";
        }

        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<StoredQuote>> SearchQuotesAsync(
        NpgsqlConnection connection, string phrase, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (TsQuery.Phrase(phrase) is not { } query)
        {
            return [];
        }

        // Best match first (ts_rank normalised by length, like bm25), then newest.
        await using var command = new NpgsqlCommand(
            Select + ", to_tsquery('simple', $1) query WHERE q.search @@ query ORDER BY ts_rank(q.search, query, 1) DESC, " + Recency + " LIMIT $2",
            connection);
        command.Parameters.Add(Value(query));
        command.Parameters.Add(Value(limit));
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<StoredQuote>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var quotes = new List<StoredQuote>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                quotes.Add(new StoredQuote(ReadQuote(reader, 0), ReadSource(reader, 7)));
            }
        }

        return quotes;
    }
}
