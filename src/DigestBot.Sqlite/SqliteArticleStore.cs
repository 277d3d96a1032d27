using System.Text.Json;
using DigestBot.Core.Articles;
using DigestBot.Core.People;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite;

/// <summary>The article store on SQLite: writes here, reads in SqliteArticleStore.Queries.cs.</summary>
internal sealed partial class SqliteArticleStore(SqliteDatabase database, TimeProvider timeProvider) : IArticleStore, IBatchArticleStore
{
    /// <inheritdoc />
    public async Task<UpsertOutcome> UpsertAsync(AnalysedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        UpsertOutcome outcome;
        await using (var statements = new StatementCache(connection, tx))
        {
            outcome = await UpsertInAsync(statements, article, cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertBatchAsync(IReadOnlyList<AnalysedArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        // One transaction (one WAL commit and fsync) for the whole batch is what makes bulk imports fast on SQLite.
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new UpsertOutcome[articles.Count];
        await using (var statements = new StatementCache(connection, tx))
        {
            for (var i = 0; i < articles.Count; i++)
            {
                outcomes[i] = await UpsertInAsync(statements, articles[i], cancellationToken).ConfigureAwait(false);
            }
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<UpsertOutcome> UpsertInAsync(StatementCache statements, AnalysedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var a = article.Article;
        long? pk = null;
        string? hash = null;
        await using (var reader = await statements.Command("SELECT pk, content_hash FROM articles WHERE id = $id;", ("$id", a.Id)).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                (pk, hash) = (reader.GetInt64(0), reader.GetString(1));
            }
        }

        if (hash == a.ContentHash)
        {
            return UpsertOutcome.Unchanged;
        }

        var now = Rows.ToMs(timeProvider.GetUtcNow());
        (string, object?)[] fields =
        [
            ("$id", a.Id), ("$source", a.Source), ("$dateline", a.Dateline), ("$headline", a.Headline), ("$text", a.Text),
            ("$hash", a.ContentHash), ("$published", a.PublishedAt is { } p ? Rows.ToMs(p) : null),
            ("$indexed", Rows.ToMs(a.IndexedAt)), ("$now", now),
        ];
        if (pk is { } existing)
        {
            await DeleteChildrenAsync(statements, existing, cancellationToken).ConfigureAwait(false);
            await statements.ExecuteAsync(
                """
                UPDATE articles SET source = $source, dateline = $dateline, headline = $headline, text = $text,
                    content_hash = $hash, published_at = $published, updated_at = $now
                WHERE id = $id;
                """, cancellationToken, fields).ConfigureAwait(false);
        }
        else
        {
            pk = (long)(await statements.ScalarAsync(
                """
                INSERT INTO articles (id, source, dateline, headline, text, content_hash, published_at, indexed_at, updated_at)
                VALUES ($id, $source, $dateline, $headline, $text, $hash, $published, $indexed, $now) RETURNING pk;
                """, cancellationToken, fields).ConfigureAwait(false))!;
        }

        await InsertChildrenAsync(statements, pk.Value, article, cancellationToken).ConfigureAwait(false);
        return hash is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
    }

    /// <inheritdoc />
    public async Task<int> RemoveAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var pks = new List<long>();
        await using (var find = Sql.Command(connection, tx, "SELECT pk FROM articles WHERE source IN (SELECT value FROM json_each($sources));",
            ("$sources", JsonSerializer.Serialize(sources))))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                pks.Add(reader.GetInt64(0));
            }
        }

        await using (var statements = new StatementCache(connection, tx))
        {
            foreach (var pk in pks)
            {
                await DeleteChildrenAsync(statements, pk, cancellationToken).ConfigureAwait(false);
                await statements.ExecuteAsync("DELETE FROM articles WHERE pk = $pk;", cancellationToken, ("$pk", pk)).ConfigureAwait(false);
            }
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return pks.Count;
    }

    private static async Task DeleteChildrenAsync(StatementCache statements, long pk, CancellationToken cancellationToken)
    {
        const string Delete =
            """
            DELETE FROM quotes_fts WHERE rowid IN (SELECT pk FROM quotes WHERE article_pk = $pk);
            DELETE FROM articles_fts WHERE rowid = $pk;
            DELETE FROM quotes WHERE article_pk = $pk;
            DELETE FROM people WHERE article_pk = $pk;
            DELETE FROM paragraphs WHERE article_pk = $pk;
            """;
        await statements.ExecuteAsync(Delete, cancellationToken, ("$pk", pk)).ConfigureAwait(false);
    }

    private static async Task InsertChildrenAsync(StatementCache statements, long pk, AnalysedArticle article, CancellationToken cancellationToken)
    {
        var a = article.Article;
        await statements.ExecuteAsync("INSERT INTO articles_fts (rowid, headline, body) VALUES ($pk, $headline, $body);",
            cancellationToken, ("$pk", pk), ("$headline", a.Headline ?? a.Dateline ?? ""), ("$body", a.Text)).ConfigureAwait(false);

        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var p = article.Paragraphs[i];
            await statements.ExecuteAsync("INSERT INTO paragraphs (article_pk, ordinal, start, \"end\") VALUES ($pk, $i, $s, $e);",
                cancellationToken, ("$pk", pk), ("$i", i), ("$s", p.Start), ("$e", p.End)).ConfigureAwait(false);
        }

        var quotes = article.Analysis.Quotes;
        for (var i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            var quotePk = (long)(await statements.ScalarAsync(
                """
                INSERT INTO quotes (article_pk, ordinal, text, speaker, kind, cue, speaker_mention, start, "end")
                VALUES ($pk, $i, $text, $speaker, $kind, $cue, $mention, $s, $e) RETURNING pk;
                """, cancellationToken, ("$pk", pk), ("$i", i), ("$text", q.Text), ("$speaker", q.Speaker), ("$kind", q.Kind.ToString()),
                ("$cue", q.Cue), ("$mention", q.SpeakerMention), ("$s", q.Start), ("$e", q.End)).ConfigureAwait(false))!;
            await statements.ExecuteAsync("INSERT INTO quotes_fts (rowid, text) VALUES ($pk, $text);",
                cancellationToken, ("$pk", quotePk), ("$text", q.Text)).ConfigureAwait(false);
        }

        var people = MergeByName(article.Analysis.People).ToList();
        foreach (var person in people)
        {
            await statements.ExecuteAsync(
                "INSERT INTO people (article_pk, name, kind, aliases, roles) VALUES ($pk, $name, $kind, $aliases, $roles);",
                cancellationToken, ("$pk", pk), ("$name", person.Name), ("$kind", person.Kind.ToString()),
                ("$aliases", JsonSerializer.Serialize(person.Aliases)), ("$roles", JsonSerializer.Serialize(person.Roles))).ConfigureAwait(false);
        }

        var names = people.Select(p => p.Name).Concat(quotes.Select(q => q.Speaker)).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal);
        foreach (var (key, name) in SpeakerKeys.For(names, people.Select(p => (p.Name, p.Aliases.Concat(p.Roles)))))
        {
            await statements.ExecuteAsync(SpeakerKeys.Insert, cancellationToken, ("$key", key), ("$name", name)).ConfigureAwait(false);
        }
    }

    /// <summary>Merges entries with the same name (any case), so one article holds one row per person.</summary>
    internal static IEnumerable<Person> MergeByName(IEnumerable<Person> people) =>
        people
            .Where(p => !string.IsNullOrWhiteSpace(p.Name))
            .GroupBy(p => p.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new Person(
                g.First().Name.Trim(),
                g.First().Kind,
                g.SelectMany(p => p.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                g.SelectMany(p => p.Roles).Distinct(StringComparer.OrdinalIgnoreCase).ToList()));
}
