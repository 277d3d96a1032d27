using DigestBot.Core.People;
using DigestBot.Core.Storage;
using Npgsql;
using static DigestBot.Postgres.Storage.StoreRows;

namespace DigestBot.Postgres.Storage;

/// <summary>Writes articles with their statements and people, and removes them.</summary>
internal static class ArticleWriter
{
    // Inserts a new article or replaces a changed one in one statement, so two writers of the same article cannot
    // race into a duplicate key. No row back means the content hash was unchanged. indexed_at keeps the first time.
    private const string UpsertSql = """
        INSERT INTO articles (id, source, dateline, headline, body, content_hash, published_at, indexed_at, paragraphs)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT (id) DO UPDATE SET
            source = excluded.source, dateline = excluded.dateline, headline = excluded.headline, body = excluded.body,
            content_hash = excluded.content_hash, published_at = excluded.published_at, paragraphs = excluded.paragraphs
        WHERE articles.content_hash IS DISTINCT FROM excluded.content_hash
        RETURNING (xmax = 0) AS inserted, coalesce(published_at, indexed_at) AS said_at
        """;

    private const string InsertQuoteSql = """
        INSERT INTO quotes (article_id, ordinal, body, speaker, speaker_key, kind, start_offset, end_offset, cue, speaker_mention, said_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        """;

    private const string InsertPersonSql = """
        INSERT INTO people (article_id, ordinal, name, name_key, kind, aliases, roles, lookup_keys)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    public static async Task<UpsertOutcome> UpsertAsync(NpgsqlConnection connection, AnalysedArticle analysed, CancellationToken cancellationToken)
    {
        var outcomes = await UpsertBatchAsync(connection, [analysed], cancellationToken).ConfigureAwait(false);
        return outcomes[0];
    }

    /// <summary>Upserts the articles in one transaction: all are stored or, on an error, none.</summary>
    public static async Task<IReadOnlyList<UpsertOutcome>> UpsertBatchAsync(
        NpgsqlConnection connection, IReadOnlyList<AnalysedArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var outcomes = new List<UpsertOutcome>(articles.Count);
        if (articles.Count == 0)
        {
            return outcomes;
        }

        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            foreach (var article in articles)
            {
                outcomes.Add(await UpsertOneAsync(connection, transaction, article, cancellationToken).ConfigureAwait(false));
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return outcomes;
        }
    }

    private static async Task<UpsertOutcome> UpsertOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AnalysedArticle analysed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        var article = analysed.Article;
        ArgumentException.ThrowIfNullOrWhiteSpace(article.Id, nameof(analysed));
        bool inserted;
        DateTimeOffset saidAt;
        await using (var upsert = new NpgsqlCommand(UpsertSql, connection, transaction))
        {
            upsert.Parameters.Add(Value(article.Id));
            upsert.Parameters.Add(Value(article.Source));
            upsert.Parameters.Add(Value(article.Dateline));
            upsert.Parameters.Add(Value(article.Headline));
            upsert.Parameters.Add(Value(article.Text));
            upsert.Parameters.Add(Value(article.ContentHash));
            upsert.Parameters.Add(Value(Utc(article.PublishedAt)));
            upsert.Parameters.Add(Value(Utc(article.IndexedAt)));
            upsert.Parameters.Add(Value(analysed.Paragraphs.SelectMany(p => new[] { p.Start, p.End }).ToArray()));
            var reader = await upsert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return UpsertOutcome.Unchanged;
                }

                inserted = reader.GetBoolean(0);
                saidAt = reader.GetFieldValue<DateTimeOffset>(1);
            }
        }

        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
            if (!inserted)
            {
                batch.BatchCommands.Add(Command("DELETE FROM quotes WHERE article_id = $1", article.Id));
                batch.BatchCommands.Add(Command("DELETE FROM people WHERE article_id = $1", article.Id));
            }

            AddChildren(batch, article.Id, saidAt, analysed);
            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return inserted ? UpsertOutcome.Added : UpsertOutcome.Updated;
    }

    public static async Task<int> RemoveAsync(NpgsqlConnection connection, IReadOnlyCollection<string> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return 0;
        }

        // Statements and people go with their article (ON DELETE CASCADE).
        await using var command = new NpgsqlCommand("DELETE FROM articles WHERE source = ANY($1)", connection);
        command.Parameters.Add(Value(sources.ToArray()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<StoredSource>> ListSourcesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id, source, content_hash FROM articles ORDER BY source, id", connection);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var sources = new List<StoredSource>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                sources.Add(new StoredSource(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }

            return sources;
        }
    }

    private static void AddChildren(NpgsqlBatch batch, string articleId, DateTimeOffset saidAt, AnalysedArticle analysed)
    {
        var ordinal = 0;
        foreach (var quote in analysed.Analysis.Quotes)
        {
            batch.BatchCommands.Add(Command(
                InsertQuoteSql,
                articleId,
                ordinal++,
                quote.Text,
                quote.Speaker,
                NameKeys.Key(quote.Speaker),
                quote.Kind.ToString(),
                quote.Start,
                quote.End,
                quote.Cue,
                quote.SpeakerMention,
                saidAt));
        }

        // A speaker the engine did not list among the people still gets a row, so lookups and counts find them.
        var listed = analysed.Analysis.People.Select(p => NameKeys.Key(p.Name)).ToHashSet(StringComparer.Ordinal);
        var unlisted = analysed.Analysis.Quotes
            .Select(q => q.Speaker)
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .DistinctBy(NameKeys.Key, StringComparer.Ordinal)
            .Where(s => !listed.Contains(NameKeys.Key(s)))
            .Select(s => new Person(s.Trim(), EntityKind.Person, [], []));

        ordinal = 0;
        foreach (var person in analysed.Analysis.People.Where(p => !string.IsNullOrWhiteSpace(p.Name)).Concat(unlisted))
        {
            batch.BatchCommands.Add(Command(
                InsertPersonSql,
                articleId,
                ordinal++,
                person.Name.Trim(),
                NameKeys.Key(person.Name),
                person.Kind.ToString(),
                person.Aliases.ToArray(),
                person.Roles.ToArray(),
                NameKeys.LookupKeys(person)));
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(Value(value));
        }

        return command;
    }
}
