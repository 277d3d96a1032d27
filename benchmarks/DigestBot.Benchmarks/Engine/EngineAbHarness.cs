using System.Diagnostics;
using System.Globalization;
using DigestBot.Benchmarks.Scale;

namespace DigestBot.Benchmarks.Engine;

/// <summary>
/// engine-ab: compares two builds of DigestBot.Core on the dev texts in one process, alternating blocks of rounds, and
/// reports the paired ratio B/A. On a shared machine separate processes disagree by up to ±30 % (load, and the profile
/// each process's JIT happens to collect); blocks timed back to back in one process see the same conditions, so the
/// median of their ratios is stable to about ±2 %. Blocks are timed in the thread's CPU time where the OS gives it,
/// so waiting for a core on a loaded machine does not count. It also prints what each build allocates per round, since the
/// memory an analysis allocates also slows what runs next (docs/quotes.md, "Sixth pass").
/// </summary>
public static class EngineAbHarness
{
    private const int RoundsPerBlock = 10;

    /// <summary>
    /// engine-ab --a DIR --b DIR [--seconds N] [--stage analyze|parse|read-analyze] times the builds (read-analyze:
    /// each round reads the dev file first, as the BenchmarkDotNet ReadAndAnalyze does); with --check FILE.jsonl it
    /// instead compares their output on every "text" of the file, field by field. Returns 0, 1 when the outputs
    /// differ, or 2 for bad arguments.
    /// </summary>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (dirA, dirB) = (Text(args, "--a"), Text(args, "--b"));
        var stage = Text(args, "--stage") ?? "analyze";
        if (dirA is null || dirB is null || stage is not ("analyze" or "parse" or "read-analyze"))
        {
            Console.Error.WriteLine("usage: engine-ab --a DIR --b DIR [--seconds 20] [--stage analyze|parse|read-analyze] [--check FILE.jsonl] (each DIR holds a DigestBot.Core.dll)");
            return 2;
        }

        if (!double.TryParse(Text(args, "--seconds") ?? "20", NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
        {
            Console.Error.WriteLine($"--seconds must be a positive number, not '{Text(args, "--seconds")}'");
            return 2;
        }

        CoreBuild a, b;
        try
        {
            (a, b) = (CoreBuild.Load(dirA), CoreBuild.Load(dirB));
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        if (Text(args, "--check") is { } check)
        {
            return SameOutput(a, b, check);
        }

        var inMemory = DevTexts.ReadTexts(File.ReadLines(DevTexts.Path)).ToArray();
        Func<IEnumerable<string>> texts = stage == "read-analyze" ? () => DevTexts.ReadTexts(File.ReadLines(DevTexts.Path)) : () => inMemory;
        var (runA, runB) = stage == "parse" ? (a.Parse, b.Parse) : (QuoteCount(a), QuoteCount(b));
        if (Round(texts, runA) != Round(texts, runB))
        {
            Console.WriteLine($"note: the builds give different {(stage == "parse" ? "token" : "quote")} counts on the dev texts");
        }

        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < Math.Min(4, seconds / 4))
        {
            Round(texts, runA);
            Round(texts, runB);
        }

        var (bytesA, bytesB) = (AllocatedPerRound(texts, runA), AllocatedPerRound(texts, runB));
        var (timesA, timesB, ratios) = Measure(texts, runA, runB, seconds);
        Console.WriteLine($"{stage} of {inMemory.Length} dev texts, µs of {(ThreadClock.IsCpuTime ? "thread CPU time" : "wall time")} per round, {ratios.Count} pairs of {RoundsPerBlock}-round blocks:");
        Console.WriteLine($"  A {a.Directory}: median {Percentiles.Of(timesA, 50):F1}, p10 {Percentiles.Of(timesA, 10):F1}, allocates {bytesA / 1024.0:F1} KB per round");
        Console.WriteLine($"  B {b.Directory}: median {Percentiles.Of(timesB, 50):F1}, p10 {Percentiles.Of(timesB, 10):F1}, allocates {bytesB / 1024.0:F1} KB per round");
        Console.WriteLine($"  B/A paired: median {Percentiles.Of(ratios, 50):F3} (quartiles {Percentiles.Of(ratios, 25):F3} to {Percentiles.Of(ratios, 75):F3})");
        return 0;
    }

    // Every quote and person field of both builds on each text of the file; stops at the first text that differs.
    private static int SameOutput(CoreBuild a, CoreBuild b, string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"--check: no file {path}");
            return 2;
        }

        // B's analyses are all kept and described only after the last one ran, so a result that shares a buffer the
        // engine reuses for later articles shows up as a difference.
        var keptB = DevTexts.ReadTexts(File.ReadLines(path)).Select(b.Analysis).ToList();
        var count = 0;
        foreach (var text in DevTexts.ReadTexts(File.ReadLines(path)))
        {
            var (linesA, linesB) = (AnalysisText.Of(a.Analysis(text)), AnalysisText.Of(keptB[count]));
            var first = Enumerable.Range(0, Math.Max(linesA.Count, linesB.Count))
                .FirstOrDefault(i => i >= linesA.Count || i >= linesB.Count || linesA[i] != linesB[i], -1);
            if (first >= 0)
            {
                Console.WriteLine($"text {count + 1} of {path} differs at line {first + 1}:");
                Console.WriteLine($"  A: {(first < linesA.Count ? linesA[first] : "(none)")}");
                Console.WriteLine($"  B: {(first < linesB.Count ? linesB[first] : "(none)")}");
                return 1;
            }

            count++;
        }

        Console.WriteLine($"same output on all {count} texts of {path}");
        return 0;
    }

    private static Func<string, int> QuoteCount(CoreBuild build)
    {
        System.Reflection.PropertyInfo? quotes = null; // looked up once, on the first analysis
        return text =>
        {
            var analysis = build.Analysis(text);
            quotes ??= analysis.GetType().GetProperty("Quotes")!;
            return ((System.Collections.ICollection)quotes.GetValue(analysis)!).Count;
        };
    }

    // Blocks alternate A-B, B-A (ABBA), so a drift within a pair does not favour either build.
    private static long AllocatedPerRound(Func<IEnumerable<string>> texts, Func<string, int> run)
    {
        const int Rounds = 20;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < Rounds; r++)
        {
            Round(texts, run);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
    }

    private static (List<double> A, List<double> B, List<double> Ratios) Measure(Func<IEnumerable<string>> texts, Func<string, int> runA, Func<string, int> runB, double seconds)
    {
        var (timesA, timesB, ratios) = (new List<double>(), new List<double>(), new List<double>());
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var bFirst = (ratios.Count & 1) == 1;
            var first = Block(texts, bFirst ? runB : runA);
            var second = Block(texts, bFirst ? runA : runB);
            var (timeA, timeB) = bFirst ? (second, first) : (first, second);
            timesA.Add(timeA);
            timesB.Add(timeB);
            ratios.Add(timeB / timeA);
        }

        return (timesA, timesB, ratios);
    }

    private static double Block(Func<IEnumerable<string>> texts, Func<string, int> run)
    {
        var start = ThreadClock.NowMicroseconds();
        for (var r = 0; r < RoundsPerBlock; r++)
        {
            Round(texts, run);
        }

        return (ThreadClock.NowMicroseconds() - start) / RoundsPerBlock;
    }

    private static long Round(Func<IEnumerable<string>> texts, Func<string, int> run)
    {
        long total = 0;
        foreach (var text in texts())
        {
            total += run(text);
        }

        return total;
    }

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
