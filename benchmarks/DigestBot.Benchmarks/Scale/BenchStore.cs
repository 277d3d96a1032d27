using DigestBot.Core.Articles;
using DigestBot.Core.Corpus;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using DigestBot.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigestBot.Benchmarks.Scale;

/// <summary>The real SQLite store on a file, wired as the bot wires it, plus the corpus importer over it.</summary>
public sealed class BenchStore : IDisposable
{
    private readonly ServiceProvider _services;

    /// <summary>Opens (creating and migrating on first use) the database at <paramref name="path"/>.</summary>
    public BenchStore(string path)
    {
        Path = path;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = path })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSqliteStore(configuration)
            .BuildServiceProvider();
        Timed = new TimedStore(_services.GetRequiredService<IArticleStore>());
        Store = Timed;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The store, timing its writes.</summary>
    public TimedStore Timed { get; }

    /// <summary>The store.</summary>
    public IArticleStore Store { get; }

    /// <summary>Imports <paramref name="corpus"/> with the real quote engine, in batches of 500.</summary>
    public Task<CorpusImportReport> ImportAsync(string corpus, IProgress<CorpusProgress>? progress, CancellationToken cancellationToken) =>
        new CorpusImporter(Store, new QuoteExtractor(), new ArticleParser(), TimeProvider.System, NullLogger<CorpusImporter>.Instance)
            .ImportAsync(corpus, 500, progress, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
