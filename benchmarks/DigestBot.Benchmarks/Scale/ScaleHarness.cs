using System.Globalization;

namespace DigestBot.Benchmarks.Scale;

/// <summary>The timed scale benchmarks that BenchmarkDotNet does not fit (databases of 100k articles, processes, fan-out).</summary>
public static class ScaleHarness
{
    /// <summary>The subcommands; anything else goes to BenchmarkDotNet.</summary>
    public static readonly IReadOnlySet<string> Commands = new HashSet<string>(StringComparer.Ordinal) { "ask-latency", "ingest-throughput", "fanout", "startup" };

    /// <summary>Runs one subcommand: ask-latency --articles N [--iterations N].</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load {Load()}, .NET {Environment.Version}");
        return args[0] switch
        {
            "ask-latency" => await AskLatencyHarness.RunAsync(Int(args, "--articles", 10_000), Int(args, "--iterations", 100), cancellation.Token),
            "ingest-throughput" => await IngestThroughputHarness.RunAsync(Int(args, "--articles", 0), cancellation.Token),
            "fanout" => await FanOutHarness.RunAsync(Int(args, "--channels", 1000), Int(args, "--concurrency", 10), cancellation.Token),
            "startup" => await StartupHarness.RunAsync(Int(args, "--runs", 10), Int(args, "--articles", 100_000), cancellation.Token),
            _ => 2,
        };
    }

    private static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
