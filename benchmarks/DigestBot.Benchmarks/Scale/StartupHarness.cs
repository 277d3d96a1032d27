using System.Diagnostics;
using System.Globalization;

namespace DigestBot.Benchmarks.Scale;

/// <summary>
/// Start-up to first answer: `dotnet DigestBot.dll ask "what did Kallas say?"` as a whole process on the seeds with a
/// warm database, timed wall to wall, with its peak RSS from /usr/bin/time; then the peak RSS of one ask on the
/// N-article database that ask-latency built.
/// </summary>
public static class StartupHarness
{
    private const string Question = "what did Kallas say?";

    /// <summary>Runs <paramref name="runs"/> timed asks on the seeds, and one on the N-article database when it exists.</summary>
    public static async Task<int> RunAsync(int runs, int articles, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(BenchFiles.RepoRoot, "src", "DigestBot", "bin", "Release", "net10.0", "DigestBot.dll");
        if (!File.Exists(dll))
        {
            Console.WriteLine($"error: {dll} not found; run 'dotnet build src/DigestBot -c Release' first");
            return 1;
        }

        var root = Path.Combine(BenchFiles.WorkDir, $"startup-{Environment.ProcessId}");
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        foreach (var file in Directory.GetFiles(Path.Combine(BenchFiles.RepoRoot, "seeds")))
        {
            File.Copy(file, Path.Combine(root, "seeds", Path.GetFileName(file)), overwrite: true);
        }

        try
        {
            var db = Path.Combine(root, "data", "bot.db");
            var (_, _, firstOut) = await TimeAsync(root, dll, ["ask", Question, $"--Storage:Sqlite:Path={db}"], cancellationToken);
            Console.WriteLine("warm-up answer: " + firstOut.Split('\n')[0]);
            var walls = new List<double>();
            var rss = new List<long>();
            for (var i = 0; i < runs; i++)
            {
                var (wall, kb, _) = await TimeAsync(root, dll, ["ask", Question, $"--Storage:Sqlite:Path={db}"], cancellationToken);
                walls.Add(wall);
                rss.Add(kb);
            }

            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c,
                $"start-up to first answer (seeds, warm database, {runs} runs): median {Percentiles.Of(walls, 50):F3} s, best {walls.Min():F3} s, worst {walls.Max():F3} s (goal < 1 s); peak RSS {rss.Max() / 1024.0:F0} MB"));

            var big = Path.Combine(BenchFiles.WorkDir, $"store-{articles}.db");
            if (File.Exists(big))
            {
                var (wall, kb, output) = await TimeAsync(root, dll, ["ask", "what did Baker say?", $"--Storage:Sqlite:Path={big}"], cancellationToken);
                Console.WriteLine("answer at scale: " + output.Split('\n')[0]);
                Console.WriteLine(string.Create(c, $"ask on {big} ({articles} articles): {wall:F3} s, peak RSS {kb / 1024.0:F0} MB (goal < 200 MB)"));
            }
            else
            {
                Console.WriteLine($"no {big}: run 'ask-latency --articles {articles}' first for the RSS at scale");
            }

            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Runs dotnet DLL ARGS under /usr/bin/time; returns wall seconds, peak RSS in KB and stdout.</summary>
    private static async Task<(double Wall, long PeakKb, string Output)> TimeAsync(string root, string dll, string[] args, CancellationToken cancellationToken)
    {
        var timeFile = Path.Combine(root, "time.txt");
        var info = new ProcessStartInfo("/usr/bin/time") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-f", "%e %M", "-o", timeFile, "dotnet", dll, .. args])
        {
            info.ArgumentList.Add(arg);
        }

        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ask exited {process.ExitCode}: {await error}");
        }

        var parts = (await File.ReadAllTextAsync(timeFile, cancellationToken)).Trim().Split(' ');
        return (wall, long.Parse(parts[^1], CultureInfo.InvariantCulture), await output);
    }
}
