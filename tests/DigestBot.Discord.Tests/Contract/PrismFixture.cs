using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DigestBot.Testing;

namespace DigestBot.Discord.Tests.Contract;

/// <summary>
/// Starts Prism mocking Discord's published OpenAPI spec on a free loopback port (installing it once into
/// ~/.cache/digestbot/prism unless PRISM_BIN is set) and kills it on dispose.
/// </summary>
public sealed class PrismFixture : IAsyncLifetime
{
    /// <summary>Prism needs 25 to 35 s on an idle machine, several times that on a loaded one; PRISM_READY_TIMEOUT_SECONDS overrides.</summary>
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("PRISM_READY_TIMEOUT_SECONDS"), out var seconds) && seconds > 0 ? seconds : 180);
    private Process? _process;

    /// <summary>The mock's base URL with a trailing slash (Prism serves the spec's paths at the root).</summary>
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var prism = await FindOrInstallPrismAsync();
        var port = FreePort();
        var spec = RepoPaths.InShared("specs", "discord", "openapi.json");
        var start = new ProcessStartInfo(prism)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["mock", "-d", "--seed", "1", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-v", "silent", spec])
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Prism did not start: " + prism);
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        BaseUrl = $"http://127.0.0.1:{port}/";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Prism exited with code {_process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl + "gateway"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await WarmUpAsync();
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"Prism was not ready within {ReadyTimeout.TotalSeconds} s.");
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _process?.Dispose();
    }

    /// <summary>Prism builds its validators on first use, which can take a minute on a busy machine; do that here.</summary>
    private async Task WarmUpAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(180) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUrl + "channels/1/messages"))
        {
            Content = new StringContent("{\"content\":\"warm-up\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bot warm-up");
        using var response = await http.SendAsync(request);
    }

    private static async Task<string> FindOrInstallPrismAsync()
    {
        if (Environment.GetEnvironmentVariable("PRISM_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var folder = Path.Combine(home, ".cache", "digestbot", "prism");
        var binary = Path.Combine(folder, "node_modules", ".bin", "prism");
        if (File.Exists(binary))
        {
            return binary;
        }

        Directory.CreateDirectory(folder);
        var install = new ProcessStartInfo("npm") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["install", "--no-audit", "--no-fund", "@stoplight/prism-cli@5"])
        {
            install.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(install) ?? throw new InvalidOperationException("npm did not start");
        var output = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (npm.ExitCode != 0 || !File.Exists(binary))
        {
            throw new InvalidOperationException($"npm install @stoplight/prism-cli@5 failed ({npm.ExitCode}): {await output}");
        }

        return binary;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
