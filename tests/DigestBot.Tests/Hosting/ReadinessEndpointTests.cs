using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DigestBot.Core.Diagnostics;
using DigestBot.Host.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DigestBot.Tests.Hosting;

public sealed class ReadinessEndpointTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestbot-ready", Guid.NewGuid().ToString("N"));

    public ReadinessEndpointTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        File.WriteAllText(Path.Combine(_root, "articles", "a.txt"), "GENEVA\n\"It is vital,\" Kaja Kallas said.");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task GetReadyz_AfterFirstIndex_Returns200WithDatabaseAndIndexReady()
    {
        using var factory = CreateFactory(extra: null);
        using var client = factory.CreateClient();
        await factory.Services.GetRequiredService<IngestionStatus>().FirstRun.WaitAsync(TimeSpan.FromSeconds(30));

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks");
        Assert.True(checks.GetProperty("database").GetProperty("ready").GetBoolean());
        Assert.Equal("1 articles, 1 quotes", checks.GetProperty("index").GetProperty("detail").GetString());
        Assert.False(checks.TryGetProperty("discord", out _));
    }

    [Fact]
    public async Task GetReadyz_RegisteredCheckNotReady_Returns503NamingThePart()
    {
        var scheduler = new Mock<IReadinessCheck>();
        scheduler.SetupGet(c => c.Name).Returns("scheduler");
        scheduler.Setup(c => c.CheckAsync(It.IsAny<CancellationToken>())).ReturnsAsync(ReadinessResult.NotReady("no jobs scheduled yet"));
        using var factory = CreateFactory(services => services.AddSingleton(scheduler.Object));
        using var client = factory.CreateClient();
        await factory.Services.GetRequiredService<IngestionStatus>().FirstRun.WaitAsync(TimeSpan.FromSeconds(30));

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("not ready", json.RootElement.GetProperty("status").GetString());
        var part = json.RootElement.GetProperty("checks").GetProperty("scheduler");
        Assert.Equal((false, "no jobs scheduled yet"), (part.GetProperty("ready").GetBoolean(), part.GetProperty("detail").GetString()));
        Assert.True(json.RootElement.GetProperty("checks").GetProperty("index").GetProperty("ready").GetBoolean());
    }

    [Fact]
    public async Task GetMetrics_AfterIndexAndRequests_ExposesBotCountersAndRequestLatency()
    {
        using var factory = CreateFactory(extra: null);
        using var client = factory.CreateClient();
        await factory.Services.GetRequiredService<IngestionStatus>().FirstRun.WaitAsync(TimeSpan.FromSeconds(30));
        (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).Dispose();

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Matches(new Regex(@"^digestbot_articles_indexed [1-9]", RegexOptions.Multiline), text);
        Assert.Contains("http_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("endpoint=\"/healthz\"", text, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> CreateFactory(Action<IServiceCollection>? extra) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Sqlite:Path"] = Path.Combine(_root, "bot.db"),
                ["Ingestion:Folders:0"] = Path.Combine(_root, "articles"),
            }));
            if (extra is not null)
            {
                web.ConfigureServices(extra);
            }
        });
}
