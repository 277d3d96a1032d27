using System.Diagnostics;
using System.Globalization;
using DigestBot.Core.Articles;
using DigestBot.Core.Corpus;
using DigestBot.Core.Storage;
using DigestBot.Core.Language;

namespace DigestBot.Benchmarks.Scale;

/// <summary>
/// Ingestion throughput with quote attribution (CorpusImporter into a fresh SQLite file: read, parse, analyse on every
/// core, batched upserts) next to the floor: read the same file, parse its JSON lines and tokenize every text.
/// </summary>
public static class IngestThroughputHarness
{
    /// <summary>Measures on the real corpus, or on the N-article corpus when <paramref name="articles"/> is above zero.</summary>
    public static async Task<int> RunAsync(int articles, CancellationToken cancellationToken)
    {
        var corpus = articles > 0 ? (await SyntheticCorpus.EnsureAsync(articles, cancellationToken)).Path : BenchFiles.NewsCorpus;
        Console.WriteLine($"corpus {corpus}");

        // Floor: best of three, after one warm-up pass.
        var floor = double.MaxValue;
        long records = 0, tokens = 0;
        for (var run = 0; run < 4; run++)
        {
            var start = Stopwatch.GetTimestamp();
            (records, tokens) = await ReadAndTokenizeAsync(corpus, cancellationToken);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            floor = run == 0 ? floor : Math.Min(floor, seconds);
        }

        // Engine only: read, parse and analyse on every core as the importer does, but store nothing.
        var analyseStart = Stopwatch.GetTimestamp();
        var analysed = await ReadAndAnalyseAsync(corpus, cancellationToken);
        var analyse = Stopwatch.GetElapsedTime(analyseStart).TotalSeconds;
        var quotes = analysed.Sum(a => (long)a.Analysis.Quotes.Count);

        // Store only: the same analysed articles written in batches of 500 into a fresh file, nothing else running.
        var storeOnly = await StoreOnlyAsync(analysed, cancellationToken);

        var dbPath = Path.Combine(BenchFiles.WorkDir, $"ingest-{Environment.ProcessId}.db");
        CorpusImportReport report;
        TimeSpan writing;
        try
        {
            using var bench = new BenchStore(dbPath);
            await bench.Store.GetCountsAsync(cancellationToken);
            report = await bench.ImportAsync(corpus, null, cancellationToken);
            writing = bench.Timed.WriteTime;
        }
        finally
        {
            foreach (var file in Directory.GetFiles(BenchFiles.WorkDir, Path.GetFileName(dbPath) + "*"))
            {
                File.Delete(file);
            }
        }

        var import = report.Elapsed.TotalSeconds;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"floor (read + parse JSON + tokenize, 1 thread): {records} records, {tokens} tokens in {floor:F2} s = {records / floor:F0} articles/s"));
        Console.WriteLine(string.Create(c, $"engine only (read + parse + analyse, {Environment.ProcessorCount} cores, no store): {quotes} quotes in {analyse:F2} s = {records / analyse:F0} articles/s"));
        Console.WriteLine(string.Create(c, $"store only (SQLite batch upserts of the analysed articles, 1 thread): {storeOnly:F2} s = {analysed.Count / storeOnly:F0} articles/s"));
        Console.WriteLine(string.Create(c, $"ingest (CorpusImporter -> SQLite, quotes attributed, {Environment.ProcessorCount} cores): {report.Progress.Added} added in {import:F2} s = {records / import:F0} articles/s"));
        Console.WriteLine(string.Create(c, $"ratio ingest/floor: {floor / import:F3} (goal >= 0.5); engine-only/floor {floor / analyse:F3}; time inside the store's batch writes {writing.TotalSeconds:F2} s ({writing.TotalSeconds / import:P0} of the import; they overlap the next batch's analysis)"));
        return 0;
    }

    private static async Task<List<AnalysedArticle>> ReadAndAnalyseAsync(string path, CancellationToken cancellationToken)
    {
        var parser = new ArticleParser();
        var parsed = new List<ParsedArticle>();
        await using (var file = File.OpenRead(path))
        {
            await foreach (var line in CorpusReader.ReadAsync(file, cancellationToken))
            {
                if (line.Record is { } record)
                {
                    parsed.Add(parser.Parse("bench#" + record.Id, CorpusImporter.Compose(record), DateTimeOffset.UtcNow, record.Date));
                }
            }
        }

        var extractor = new Core.Quotes.QuoteExtractor();
        var analysed = new AnalysedArticle[parsed.Count];
        Parallel.For(0, parsed.Count, i => analysed[i] = new AnalysedArticle(parsed[i].Article, parsed[i].Paragraphs, extractor.Analyze(parsed[i].Article.Text)));
        return [.. analysed];
    }

    private static async Task<double> StoreOnlyAsync(List<AnalysedArticle> analysed, CancellationToken cancellationToken)
    {
        var dbPath = Path.Combine(BenchFiles.WorkDir, $"store-only-{Environment.ProcessId}.db");
        try
        {
            using var bench = new BenchStore(dbPath);
            await bench.Store.GetCountsAsync(cancellationToken);
            var start = Stopwatch.GetTimestamp();
            foreach (var chunk in analysed.Chunk(500))
            {
                await ((IBatchArticleStore)bench.Store).UpsertBatchAsync(chunk, cancellationToken);
            }

            return Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        finally
        {
            foreach (var file in Directory.GetFiles(BenchFiles.WorkDir, Path.GetFileName(dbPath) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<(long Records, long Tokens)> ReadAndTokenizeAsync(string path, CancellationToken cancellationToken)
    {
        long records = 0, tokens = 0;
        await using var file = File.OpenRead(path);
        await foreach (var line in CorpusReader.ReadAsync(file, cancellationToken))
        {
            if (line.Record is { } record)
            {
                records++;
                tokens += TokenCounter.Count(CorpusImporter.Compose(record));
            }
        }

        return (records, tokens);
    }
}
