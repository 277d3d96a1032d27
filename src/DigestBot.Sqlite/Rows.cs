using DigestBot.Core.Answers;
using DigestBot.Core.Articles;
using DigestBot.Core.Quotes;
using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite;

/// <summary>Column lists and readers shared by the store's queries.</summary>
internal static class Rows
{
    /// <summary>Columns read by <see cref="Article"/>, from table alias "a".</summary>
    public const string ArticleColumns = "a.pk, a.id, a.source, a.dateline, a.headline, a.text, a.content_hash, a.published_at, a.indexed_at";

    /// <summary>Columns read by <see cref="Source"/>, from table alias "a".</summary>
    public const string SourceColumns = "a.id, a.source, a.dateline, a.headline";

    /// <summary>Columns read by <see cref="Quote"/>, from table alias "q".</summary>
    public const string QuoteColumns = "q.text, q.speaker, q.kind, q.start, q.\"end\", q.cue, q.speaker_mention";

    /// <summary>Reads <see cref="ArticleColumns"/> starting at <paramref name="at"/>.</summary>
    public static Article Article(SqliteDataReader r, int at) => new(
        r.GetString(at + 1),
        r.GetString(at + 2),
        NullableString(r, at + 3),
        NullableString(r, at + 4),
        r.GetString(at + 5),
        r.GetString(at + 6),
        r.IsDBNull(at + 7) ? null : FromMs(r.GetInt64(at + 7)),
        FromMs(r.GetInt64(at + 8)));

    /// <summary>Reads <see cref="SourceColumns"/> starting at <paramref name="at"/> into a citation.</summary>
    public static ArticleSource Source(SqliteDataReader r, int at)
    {
        var location = r.GetString(at + 1);
        var label = NullableString(r, at + 3) ?? NullableString(r, at + 2) ?? location;
        return new ArticleSource(r.GetString(at), label, location);
    }

    /// <summary>Reads <see cref="QuoteColumns"/> starting at <paramref name="at"/>.</summary>
    public static Quote Quote(SqliteDataReader r, int at) => new(
        r.GetString(at),
        r.GetString(at + 1),
        Enum.Parse<QuoteKind>(r.GetString(at + 2)),
        r.GetInt32(at + 3),
        r.GetInt32(at + 4),
        NullableString(r, at + 5),
        NullableString(r, at + 6));

    /// <summary>Milliseconds since the Unix epoch, as stored.</summary>
    public static long ToMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    /// <summary>A stored time back as UTC.</summary>
    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
