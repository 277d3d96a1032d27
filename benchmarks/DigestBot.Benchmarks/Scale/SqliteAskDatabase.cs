using DigestBot.Core.Corpus;
using DigestBot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DigestBot.Benchmarks.Scale;

/// <summary>The SQLite store on a file kept in the bench folder (reused between runs), raw queries on FTS5.</summary>
public sealed class SqliteAskDatabase : IAskDatabase
{
    private readonly BenchStore _bench;
    private readonly SqliteConnection _raw;

    private SqliteAskDatabase(BenchStore bench, SqliteConnection raw)
    {
        _bench = bench;
        _raw = raw;
    }

    /// <inheritdoc />
    public string Description => _bench.Path;

    /// <inheritdoc />
    public IArticleStore Store => _bench.Store;

    /// <inheritdoc />
    public string RawName => "FTS5";

    /// <summary>Opens (creating on first use) store-N.db in the bench folder.</summary>
    public static async Task<SqliteAskDatabase> OpenAsync(int articles, CancellationToken cancellationToken)
    {
        var path = Path.Combine(BenchFiles.WorkDir, $"store-{articles}.db");
        var bench = new BenchStore(path);
        await bench.Store.GetCountsAsync(cancellationToken);
        var raw = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await raw.OpenAsync(cancellationToken);
        return new SqliteAskDatabase(bench, raw);
    }

    /// <inheritdoc />
    public Task<CorpusImportReport> ImportAsync(string corpus, CancellationToken cancellationToken) =>
        _bench.ImportAsync(corpus, null, cancellationToken);

    /// <inheritdoc />
    public async Task<AskSamples> SampleAsync(CancellationToken cancellationToken) => new(
        await ColumnAsync("SELECT speaker FROM quotes WHERE speaker LIKE '% %' GROUP BY speaker ORDER BY count(*) DESC LIMIT 5;", cancellationToken),
        await ColumnAsync("SELECT text FROM quotes WHERE length(text) > 60 ORDER BY pk LIMIT 5 OFFSET 1000;", cancellationToken),
        await ColumnAsync("SELECT headline FROM articles WHERE headline IS NOT NULL ORDER BY pk LIMIT 5 OFFSET 500;", cancellationToken));

    /// <inheritdoc />
    public async Task<int> RawAsync(RawQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (table, match) = query.StatementPhrase
            ? ("quotes_fts", $"\"{string.Join(' ', query.Words)}\"")
            : ("articles_fts", string.Join(' ', query.Words.Select(w => w.Length >= 4 ? $"\"{w}\"*" : $"\"{w}\"")));
        await using var command = _raw.CreateCommand();
        command.CommandText = $"SELECT rowid FROM {table} WHERE {table} MATCH $m ORDER BY rank LIMIT 100;";
        command.Parameters.AddWithValue("$m", match);
        return await CountAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _raw.DisposeAsync();
        _bench.Dispose();
    }

    private async Task<List<string>> ColumnAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _raw.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task<int> CountAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var n = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            n++;
        }

        return n;
    }
}
