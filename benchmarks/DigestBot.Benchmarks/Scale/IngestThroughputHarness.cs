using System.Diagnostics;
using System.Globalization;
using DigestBot.Core.Corpus;
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
        var quotes = await ReadAndAnalyseAsync(corpus, cancellationToken);
        var analyse = Stopwatch.GetElapsedTime(analyseStart).TotalSeconds;

        var dbPath = Path.Combine(BenchFiles.WorkDir, $"ingest-{Environment.ProcessId}.db");
        CorpusImportReport report;
        try
        {
            using var bench = new BenchStore(dbPath);
            await bench.Store.GetCountsAsync(cancellationToken);
            report = await bench.ImportAsync(corpus, null, cancellationToken);
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
        Console.WriteLine(string.Create(c, $"ingest (CorpusImporter -> SQLite, quotes attributed, {Environment.ProcessorCount} cores): {report.Progress.Added} added in {import:F2} s = {records / import:F0} articles/s"));
        Console.WriteLine(string.Create(c, $"ratio ingest/floor: {floor / import:F3} (goal >= 0.5); engine-only/floor {floor / analyse:F3}; storage share of the import time {Math.Max(0, import - analyse) / import:P0}"));
        return 0;
    }

    private static async Task<long> ReadAndAnalyseAsync(string path, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        await using (var file = File.OpenRead(path))
        {
            await foreach (var line in CorpusReader.ReadAsync(file, cancellationToken))
            {
                if (line.Record is { } record)
                {
                    texts.Add(CorpusImporter.Compose(record));
                }
            }
        }

        var extractor = new Core.Quotes.QuoteExtractor();
        long quotes = 0;
        Parallel.ForEach(texts, text => Interlocked.Add(ref quotes, extractor.Analyze(text).Quotes.Count));
        return quotes;
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
