using System.Globalization;

namespace DigestBot.Host.Commands;

/// <summary>"health": asks a running "serve" for GET /healthz on the local port; the container HEALTHCHECK, no curl needed.</summary>
internal static class HealthCommand
{
    public const string Usage =
        """
        Usage: health [--url http://127.0.0.1:8080] [--timeout SECONDS]

        Calls GET /healthz of the bot running on this machine and exits 0 when it answers 200, 1 otherwise.
        Without --url the address comes from Urls / ASPNETCORE_URLS (first entry, wildcard hosts become
        127.0.0.1), else ASPNETCORE_HTTP_PORTS (first port), else http://127.0.0.1:8080. Default timeout 3 s.
        """;

    /// <summary>Port used when neither URLs nor HTTP ports are configured (the official images' default).</summary>
    public const int DefaultPort = 8080;

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse("health", args, [], ["--url", "--timeout"]);
        if (parsed.Help)
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"health: unexpected argument {parsed.Positionals[0]}. See 'health --help'.");
        }

        var timeout = TimeSpan.FromSeconds(3);
        if (parsed.Get("--timeout") is { } seconds)
        {
            timeout = double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s is > 0 and <= 60
                ? TimeSpan.FromSeconds(s)
                : throw new UsageException($"health: --timeout must be a number of seconds between 0 and 60, not '{seconds}'.");
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddJsonFile(Path.Combine(context.ContentRoot, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(context.Settings)
            .AddInMemoryCollection(parsed.Settings)
            .Build();
        var baseUrl = parsed.Get("--url") ?? ResolveBaseUrl(configuration);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"health: '{baseUrl}' is not an http:// or https:// URL.");
        }

        var target = new Uri(baseUri, "/healthz");
        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(target, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                await context.Out.WriteLineAsync($"healthy: {target} answered {(int)response.StatusCode}").ConfigureAwait(false);
                return 0;
            }

            await context.Error.WriteLineAsync($"unhealthy: {target} answered {(int)response.StatusCode}").ConfigureAwait(false);
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync($"unhealthy: {target}: {ex.Message.Split('\n')[0].Trim()}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>The local base address of "serve" as ASP.NET Core would bind it: "urls" first, then "http_ports", then port 8080.</summary>
    public static string ResolveBaseUrl(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = configuration["urls"];
        if (!string.IsNullOrWhiteSpace(urls))
        {
            var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
            return first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        }

        var ports = configuration["http_ports"];
        var port = string.IsNullOrWhiteSpace(ports)
            ? DefaultPort.ToString(CultureInfo.InvariantCulture)
            : ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        return $"http://127.0.0.1:{port}";
    }
}
