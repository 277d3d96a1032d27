using DigestBot.Core.Articles;
using DigestBot.Core.Corpus;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using DigestBot.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DigestBot.Benchmarks.Scale;

/// <summary>
/// The PostgreSQL store in a database of its own (digestbot_bench_N) on the given server, created on first use and
/// dropped afterwards unless kept; raw queries on the stores' tsvector columns and GIN indexes.
/// </summary>
public sealed class PostgresAskDatabase : IAskDatabase
{
    private readonly ServiceProvider _services;
    private readonly NpgsqlDataSource _raw;
    private readonly string _adminConnection;
    private readonly string _name;
    private readonly bool _keep;

    private PostgresAskDatabase(ServiceProvider services, NpgsqlDataSource raw, string adminConnection, string name, bool keep)
    {
        _services = services;
        _raw = raw;
        _adminConnection = adminConnection;
        _name = name;
        _keep = keep;
        Store = services.GetRequiredService<IArticleStore>();
    }

    /// <inheritdoc />
    public string Description => $"PostgreSQL database {_name}" + (_keep ? " (kept)" : " (dropped afterwards)");

    /// <inheritdoc />
    public IArticleStore Store { get; }

    /// <inheritdoc />
    public string RawName => "tsvector";

    /// <summary>
    /// Creates digestbot_bench_N next to the database of <paramref name="connectionString"/> unless it exists (a kept
    /// one is reused), and opens the real store on it (the store applies its migrations on first use).
    /// </summary>
    public static async Task<PostgresAskDatabase> OpenAsync(string connectionString, int articles, bool keep, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var name = $"digestbot_bench_{articles}";
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", admin);
            exists.Parameters.Add(new NpgsqlParameter { Value = name });
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var own = new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = own })
            .Build();
        var services = new ServiceCollection().AddLogging().AddPostgresStore(configuration).BuildServiceProvider();
        var database = new PostgresAskDatabase(services, NpgsqlDataSource.Create(own), connectionString, name, keep);
        await database.Store.GetCountsAsync(cancellationToken);
        return database;
    }

    /// <inheritdoc />
    public Task<CorpusImportReport> ImportAsync(string corpus, CancellationToken cancellationToken) =>
        new CorpusImporter(Store, new QuoteExtractor(), new ArticleParser(), TimeProvider.System, NullLogger<CorpusImporter>.Instance)
            .ImportAsync(corpus, 500, null, cancellationToken);

    /// <inheritdoc />
    public async Task<AskSamples> SampleAsync(CancellationToken cancellationToken) => new(
        await ColumnAsync("SELECT speaker FROM quotes WHERE speaker LIKE '% %' GROUP BY speaker ORDER BY count(*) DESC, speaker LIMIT 5", cancellationToken),
        await ColumnAsync("SELECT body FROM quotes WHERE length(body) > 60 ORDER BY article_id, ordinal LIMIT 5 OFFSET 1000", cancellationToken),
        await ColumnAsync("SELECT headline FROM articles WHERE headline IS NOT NULL ORDER BY id LIMIT 5 OFFSET 500", cancellationToken));

    /// <inheritdoc />
    public async Task<int> RawAsync(RawQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = query.Words.Select(w => w.ToLowerInvariant()).ToList();
        var (sql, tsquery) = query.StatementPhrase
            ? ("SELECT article_id FROM quotes, to_tsquery('simple', $1) q WHERE search @@ q ORDER BY ts_rank(search, q, 1) DESC LIMIT 100",
               string.Join(" <-> ", words.Select(w => $"'{w}'")))
            : ("SELECT id FROM articles, to_tsquery('simple', $1) q WHERE search @@ q ORDER BY ts_rank(search, q, 1) DESC LIMIT 100",
               string.Join(" & ", words.Select(w => w.Length >= 4 ? $"'{w}':*" : $"'{w}'")));
        await using var command = _raw.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = tsquery });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var n = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            n++;
        }

        return n;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _raw.DisposeAsync();
        if (!_keep)
        {
            await using var admin = new NpgsqlConnection(_adminConnection);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task<List<string>> ColumnAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _raw.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
