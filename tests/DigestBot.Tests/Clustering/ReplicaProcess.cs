using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DigestBot.Tests.Clustering;

/// <summary>
/// One real <c>DigestBot serve</c> process, started from the built DigestBot.dll with its settings in the environment,
/// its log kept line by line. Disposing kills it with its process tree, so no replica outlives the test.
/// </summary>
internal sealed class ReplicaProcess : IDisposable
{
    private const string SentMarker = " sent to slack as ";
    private readonly Process _process;

    private ReplicaProcess(string name, Process process, int port)
    {
        Name = name;
        _process = process;
        Port = port;
    }

    /// <summary>"A" or "B", for the report.</summary>
    public string Name { get; }

    /// <summary>The loopback port it serves HTTP on.</summary>
    public int Port { get; }

    /// <summary>Every line it wrote to stdout and stderr, in order.</summary>
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Whether it was killed.</summary>
    public bool Killed { get; private set; }

    /// <summary>The outbox keys this replica logged as sent (DigestRunner event 7004).</summary>
    public IReadOnlyList<string> SentKeys =>
        [.. Lines.Where(l => l.Contains(SentMarker, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("Digest digest:", StringComparison.Ordinal) + "Digest ".Length)..l.IndexOf(SentMarker, StringComparison.Ordinal)])];

    /// <summary>chat.postMessage calls it started (HttpClient's log) and has no answer for yet (no "Posted a digest" line).</summary>
    public int UnansweredPosts =>
        Lines.Count(l => l.Contains("Start processing HTTP request POST", StringComparison.Ordinal) && l.Contains("chat.postMessage", StringComparison.Ordinal))
        - Lines.Count(l => l.Contains("Posted a digest to", StringComparison.Ordinal));

    /// <summary>The built DigestBot.dll of the configuration this test was built in.</summary>
    public static string DllPath =>
#if DEBUG
        RepoPaths.InRoot("src", "DigestBot", "bin", "Debug", "net10.0", "DigestBot.dll");
#else
        RepoPaths.InRoot("src", "DigestBot", "bin", "Release", "net10.0", "DigestBot.dll");
#endif

    /// <summary>Starts <c>dotnet DigestBot.dll serve --urls=http://127.0.0.1:port</c> in the repository root with <paramref name="environment"/>.</summary>
    public static ReplicaProcess Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [DllPath, "serve", $"--urls=http://127.0.0.1:{port}"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var replica = new ReplicaProcess(name, process, port);
        process.OutputDataReceived += (_, e) => replica.Add(e.Data);
        process.ErrorDataReceived += (_, e) => replica.Add(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"replica {name}: dotnet {DllPath} did not start");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return replica;
    }

    /// <summary>Waits (bounded) for a log line containing <paramref name="text"/>; fails with the log when the process exits or time runs out.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(timeout);
        while (!Lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"replica {Name} exited ({_process.ExitCode}) before logging '{text}':\n{Tail()}");
            }

            try
            {
                await Task.Delay(100, bound.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"replica {Name} did not log '{text}' within {timeout}:\n{Tail()}");
            }
        }
    }

    /// <summary>kill -9 of the replica and its children.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            Killed = true;
        }
    }

    /// <summary>The last lines of its log, for a failure message.</summary>
    public string Tail(int count = 40) => string.Join('\n', Lines.TakeLast(count));

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            Lines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
