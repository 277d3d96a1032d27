using System.Globalization;

namespace DigestBot.Benchmarks.Scale;

/// <summary>The timed scale benchmarks that BenchmarkDotNet does not fit (databases of 100k articles, processes, fan-out).</summary>
public static class ScaleHarness
{
    /// <summary>The subcommands; anything else goes to BenchmarkDotNet.</summary>
    public static readonly IReadOnlySet<string> Commands = new HashSet<string>(StringComparer.Ordinal) { "ask-latency", "ingest-throughput", "fanout", "startup" };

    /// <summary>
    /// Runs one subcommand: ask-latency --articles N [--iterations N] [--store sqlite|postgres [--connection CS] [--keep]],
    /// ingest-throughput, fanout, startup.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load {Load()}, .NET {Environment.Version}");
        return args[0] switch
        {
            "ask-latency" => await AskLatencyAsync(args, cancellation.Token),
            "ingest-throughput" => await IngestThroughputHarness.RunAsync(Int(args, "--articles", 0), cancellation.Token),
            "fanout" => await FanOutHarness.RunAsync(Int(args, "--channels", 1000), Int(args, "--concurrency", 10), cancellation.Token),
            "startup" => await StartupHarness.RunAsync(Int(args, "--runs", 10), Int(args, "--articles", 100_000), cancellation.Token),
            _ => 2,
        };
    }

    private static async Task<int> AskLatencyAsync(string[] args, CancellationToken cancellationToken)
    {
        var articles = Int(args, "--articles", 10_000);
        var iterations = Int(args, "--iterations", 100);
        var store = Text(args, "--store") ?? "sqlite";
        IAskDatabase database;
        if (string.Equals(store, "postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connection = Text(args, "--connection") ?? Environment.GetEnvironmentVariable("DIGESTBOT_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(connection))
            {
                Console.Error.WriteLine("ask-latency --store postgres needs --connection \"Host=...;Database=...\" or DIGESTBOT_TEST_POSTGRES");
                return 2;
            }

            database = await PostgresAskDatabase.OpenAsync(connection, articles, args.Contains("--keep"), cancellationToken);
        }
        else if (string.Equals(store, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            database = await SqliteAskDatabase.OpenAsync(articles, cancellationToken);
        }
        else
        {
            Console.Error.WriteLine($"--store must be sqlite or postgres, not '{store}'");
            return 2;
        }

        await using (database)
        {
            return await AskLatencyHarness.RunAsync(database, articles, iterations, cancellationToken);
        }
    }

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
