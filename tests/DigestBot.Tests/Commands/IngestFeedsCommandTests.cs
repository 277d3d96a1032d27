using DigestBot.Host.Commands;
using DigestBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Commands;

public sealed class IngestFeedsCommandTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), "digestbot-ingest-feeds-" + Guid.NewGuid().ToString("N") + ".db");
    private WebApplication _server = null!;
    private string _baseUrl = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapGet("/nyt.xml", () => Results.File(RepoPaths.InShared("feeds", "feedreader__Rss20NYTimes.xml"), "application/rss+xml"));
        _server.MapGet("/broken", () => Results.StatusCode(500));
        await _server.StartAsync();
        _baseUrl = _server.Urls.First();
    }

    public async Task DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_database) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RunAsync_TwoFeedsOneBroken_ReportsEachAndStoresOnce()
    {
        string[] args =
        [
            "ingest", "--feeds",
            $"--Sources:0:Url={_baseUrl}/nyt.xml", "--Sources:0:Name=NYT",
            $"--Sources:1:Url={_baseUrl}/broken", "--Sources:1:Name=Broken",
            "--Sources:AllowPrivateAddresses=true", $"--Storage:Sqlite:Path={_database}",
        ];

        var first = await RunAsync(args);
        var second = await RunAsync(args);

        Assert.Equal(1, first.Code);
        Assert.Contains("NYT: 33 new, 0 updated, 0 unchanged", first.Output, StringComparison.Ordinal);
        Assert.Contains("Broken: failed: HTTP 500", first.Output, StringComparison.Ordinal);
        Assert.Contains("NYT: not modified (304)", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ThenSourcesList_ShowsEachFeedsLastFetchItemsAndError()
    {
        string[] settings =
        [
            $"--Sources:0:Url={_baseUrl}/nyt.xml", "--Sources:0:Name=NYT",
            $"--Sources:1:Url={_baseUrl}/broken", "--Sources:1:Name=Broken",
            "--Sources:AllowPrivateAddresses=true", $"--Storage:Sqlite:Path={_database}",
        ];
        await RunAsync(["ingest", "--feeds", .. settings]);

        var list = await RunAsync(["sources", "list", .. settings]);

        Assert.Equal(0, list.Code);
        Assert.Contains($"NYT <{_baseUrl}/nyt.xml>", list.Output, StringComparison.Ordinal);
        Assert.Contains("33 items · 33 new, 0 updated", list.Output, StringComparison.Ordinal);
        Assert.Contains($"Broken <{_baseUrl}/broken>", list.Output, StringComparison.Ordinal);
        Assert.Contains("last error: HTTP 500", list.Output, StringComparison.Ordinal);
        Assert.Contains("configured in appsettings.json", list.Output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CommandContext(output, error, Path.GetTempPath(), new Dictionary<string, string?>());

        var code = await CommandLine.RunAsync(args, context, CancellationToken.None);

        return (code, output.ToString());
    }
}
