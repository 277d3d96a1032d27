using DigestBot.Core.Answers;
using DigestBot.Core.Articles;
using DigestBot.Core.Quotes;
using Npgsql;

namespace DigestBot.Postgres.Storage;

/// <summary>Column lists and row readers shared by the store's queries, so every query maps rows the same way.</summary>
internal static class StoreRows
{
    /// <summary>The article columns <see cref="ReadArticle"/> reads, in order, for table alias <c>a</c>.</summary>
    public const string ArticleColumns =
        "a.id, a.source, a.dateline, a.headline, a.body, a.content_hash, a.published_at, a.indexed_at";

    /// <summary>The quote columns <see cref="ReadQuote"/> reads, in order, for table alias <c>q</c>.</summary>
    public const string QuoteColumns =
        "q.body, q.speaker, q.kind, q.start_offset, q.end_offset, q.cue, q.speaker_mention";

    /// <summary>The article columns <see cref="ReadSource"/> reads, in order, for table alias <c>a</c>.</summary>
    public const string SourceColumns = "a.id, a.headline, a.dateline, a.source";

    public static Article ReadArticle(NpgsqlDataReader reader, int first) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        NullableString(reader, first + 2),
        NullableString(reader, first + 3),
        reader.GetString(first + 4),
        reader.GetString(first + 5),
        reader.IsDBNull(first + 6) ? null : reader.GetFieldValue<DateTimeOffset>(first + 6),
        reader.GetFieldValue<DateTimeOffset>(first + 7));

    public static Quote ReadQuote(NpgsqlDataReader reader, int first) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        Enum.Parse<QuoteKind>(reader.GetString(first + 2)),
        reader.GetInt32(first + 3),
        reader.GetInt32(first + 4),
        NullableString(reader, first + 5),
        NullableString(reader, first + 6));

    public static ArticleSource ReadSource(NpgsqlDataReader reader, int first)
    {
        var id = reader.GetString(first);
        var source = reader.GetString(first + 3);
        var label = NullableString(reader, first + 1) ?? NullableString(reader, first + 2) ?? source;
        return new ArticleSource(id, label, source);
    }

    public static string? NullableString(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A positional parameter; null becomes SQL NULL.</summary>
    public static NpgsqlParameter Value(object? value) => new() { Value = value ?? DBNull.Value };

    /// <summary>PostgreSQL stores instants in UTC; Npgsql refuses other offsets for timestamptz.</summary>
    public static object Utc(DateTimeOffset? value) => value is { } v ? v.ToUniversalTime() : DBNull.Value;
}
