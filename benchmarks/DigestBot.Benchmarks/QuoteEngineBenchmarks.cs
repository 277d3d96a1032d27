using BenchmarkDotNet.Attributes;
using DigestBot.Core.Language;
using DigestBot.Core.Quotes;

namespace DigestBot.Benchmarks;

/// <summary>
/// Throughput of the quote engine on the 15 Wikinews dev articles, on one core, against a floor that only reads
/// the same JSONL file and tokenizes the texts. Both read the file from disk each run so they share that cost.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class QuoteEngineBenchmarks
{
    private readonly QuoteExtractor _extractor = new();
    private string[] _texts = [];

    /// <summary>Loads the texts once for the in-memory cases.</summary>
    [GlobalSetup]
    public void Setup() => _texts = [.. DevTexts.ReadTexts(File.ReadLines(DevTexts.Path))];

    /// <summary>Floor: read the file, parse the JSON lines, tokenize every text.</summary>
    [Benchmark(Baseline = true)]
    public int ReadAndTokenize()
    {
        var tokens = 0;
        foreach (var text in DevTexts.ReadTexts(File.ReadLines(DevTexts.Path)))
        {
            tokens += TokenCounter.Count(text);
        }

        return tokens;
    }

    /// <summary>Engine: read the file, parse the JSON lines, analyse every text.</summary>
    [Benchmark]
    public int ReadAndAnalyze()
    {
        var quotes = 0;
        foreach (var text in DevTexts.ReadTexts(File.ReadLines(DevTexts.Path)))
        {
            quotes += _extractor.Analyze(text).Quotes.Count;
        }

        return quotes;
    }

    /// <summary>Tokenizer alone on texts already in memory.</summary>
    [Benchmark]
    public int TokenizeInMemory()
    {
        var tokens = 0;
        foreach (var text in _texts)
        {
            tokens += TokenCounter.Count(text);
        }

        return tokens;
    }

    /// <summary>Engine alone on texts already in memory.</summary>
    [Benchmark]
    public int AnalyzeInMemory()
    {
        var quotes = 0;
        foreach (var text in _texts)
        {
            quotes += _extractor.Analyze(text).Quotes.Count;
        }

        return quotes;
    }
}
