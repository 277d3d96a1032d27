using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DigestBot.Core.Articles;
using DigestBot.Core.Corpus;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigestBot.Postgres.Tests;

/// <summary>Bulk import of a JSONL corpus into a real PostgreSQL database with the real quote engine.</summary>
public sealed class CorpusImporterTests() : PostgresDatabaseTest(TimeSpan.FromSeconds(120))
{
    private const int Valid = 23;
    private const int BatchSize = 5;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digestbot-corpus-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    private IArticleStore Store => _services!.GetRequiredService<IArticleStore>();

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await base.InitializeAsync();
        _services = Own(PostgresStoreFixture.BuildServices(ConnectionString));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ImportAsync_CorpusWithBadLines_StoresEveryValidRecordAndNamesTheBadLines(bool gzip)
    {
        var path = WriteCorpus(gzip);
        var progress = new RecordingProgress();

        var report = await Importer().ImportAsync(path, BatchSize, progress, Timeout);

        Assert.Equal(Valid, report.Progress.Added);
        Assert.Equal(Valid + 2, report.Progress.Records);
        Assert.Equal(2, report.Progress.Skipped);
        Assert.Contains(report.Skipped, s => s.Path.EndsWith(":4", StringComparison.Ordinal) && s.Reason.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.Reason.Contains("\"text\" is missing", StringComparison.Ordinal));
        var counts = await Store.GetCountsAsync(Timeout);
        Assert.Equal(Valid, counts.Articles);
        Assert.True(counts.Quotes >= Valid, $"the engine found {counts.Quotes} statements in {Valid} articles that each quote someone");
        Assert.NotEmpty(await Store.SearchArticlesAsync("bridge 7", 10, Timeout));
        Assert.Equal(1.0, progress.Reports[^1].Fraction);
        Assert.True(progress.Reports.Count >= Valid / BatchSize, "progress is reported after every batch");
        Assert.All(progress.Reports, p => Assert.True(p.ArticlesPerSecond >= 0));
    }

    [Fact]
    public async Task ImportAsync_SameCorpusAgain_AddsNothing()
    {
        var path = WriteCorpus(gzip: true);
        await Importer().ImportAsync(path, BatchSize, null, Timeout);

        var again = await Importer().ImportAsync(path, BatchSize, null, Timeout);

        Assert.Equal(0, again.Progress.Added);
        Assert.Equal(Valid, again.Progress.Unchanged);
        Assert.Equal(Valid, (await Store.GetCountsAsync(Timeout)).Articles);
    }

    [Fact]
    public async Task ImportAsync_InterruptedAfterABatchThenRunAgain_StoresEachArticleOnce()
    {
        var path = WriteCorpus(gzip: true);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Timeout);
        var stopAfterFirstBatch = new RecordingProgress(_ => stop.Cancel());
        var interrupted = await Importer().ImportAsync(path, BatchSize, stopAfterFirstBatch, stop.Token);
        var committed = (await Store.GetCountsAsync(Timeout)).Articles;

        var resumed = await Importer().ImportAsync(path, BatchSize, null, Timeout);

        // Ctrl+C stops at a record boundary and still commits the batches already read (one is stored while the next is analysed).
        Assert.True(interrupted.Stopped);
        Assert.Equal(interrupted.Progress.Added, committed);
        Assert.InRange(committed, BatchSize, Valid - 1);
        Assert.Equal(0, committed % BatchSize);
        Assert.Equal(Valid - committed, resumed.Progress.Added);
        Assert.Equal(committed, resumed.Progress.Unchanged);
        Assert.Equal(Valid, (await Store.GetCountsAsync(Timeout)).Articles);
    }

    [Fact]
    public async Task ImportAsync_MissingFile_FailsNamingIt()
    {
        var missing = Path.Combine(_folder, "nope.jsonl.gz");

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => Importer().ImportAsync(missing, BatchSize, null, Timeout));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    private CorpusImporter Importer() =>
        new(Store, new QuoteExtractor(), new ArticleParser(), TimeProvider.System, NullLogger<CorpusImporter>.Instance);

    /// <summary>Hand-written records (not corpus text): each quotes a named official; line 4 is broken JSON, one record has no text.</summary>
    private string WriteCorpus(bool gzip)
    {
        var lines = new List<string>();
        for (var i = 1; i <= Valid; i++)
        {
            lines.Add(JsonSerializer.Serialize(new
            {
                id = $"test-{i}",
                title = $"Town council approves bridge {i}",
                date = $"2026-11-{1 + (i % 20):00}T10:00:00",
                source = "DigestBot tests",
                dateline = i % 2 == 0 ? "OSLO, Nov 3" : null,
                text = $"The council voted on Tuesday to build bridge {i} over the river.\n\n"
                    + $"\"We will finish bridge {i} before the winter,\" said Mayor Anna Berg.\n\nWork starts next month.",
            }));
            if (lines.Count == 3)
            {
                lines.Add("{\"id\": \"broken\", \"text\": ");
            }
        }

        lines.Add("{\"id\": \"no-text\", \"title\": \"Empty\"}");
        var path = Path.Combine(_folder, gzip ? "corpus.jsonl.gz" : "corpus.jsonl");
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        using var file = File.Create(path);
        using Stream target = gzip ? new GZipStream(file, CompressionLevel.Fastest) : file;
        target.Write(bytes);
        return path;
    }

    private sealed class RecordingProgress(Action<CorpusProgress>? onReport = null) : IProgress<CorpusProgress>
    {
        public List<CorpusProgress> Reports { get; } = [];

        public void Report(CorpusProgress value)
        {
            Reports.Add(value);
            onReport?.Invoke(value);
        }
    }
}
