using System.Net;
using System.Text.Json;
using DigestBot.Host.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Hosting;

public sealed class ServeHostTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestbot-serve", Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;

    public ServeHostTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        File.WriteAllText(Path.Combine(_root, "articles", "a.txt"), "GENEVA\n\"It is vital,\" Kaja Kallas said.");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.ConfigureAppConfiguration((_, config) =>
            config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Sqlite:Path"] = Path.Combine(_root, "bot.db"),
                ["Ingestion:Folders:0"] = Path.Combine(_root, "articles"),
                ["Ingestion:RescanInterval"] = "00:00:01",
            })));
    }

    public void Dispose()
    {
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task GetHealthz_AfterStart_Returns200WithFirstIngestionFigures()
    {
        using var client = _factory.CreateClient();
        await WaitForFirstRunAsync();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        var ingestion = json.RootElement.GetProperty("ingestion");
        Assert.Equal((1, 1), (ingestion.GetProperty("articles").GetInt32(), ingestion.GetProperty("quotes").GetInt32()));
    }

    [Fact]
    public async Task Ingestion_FileAddedWhileServing_IsIndexedWithoutRestart()
    {
        using var client = _factory.CreateClient();
        await WaitForFirstRunAsync();

        await File.WriteAllTextAsync(Path.Combine(_root, "articles", "b.txt"), "BERLIN\n\"We agreed on the plan,\" German Chancellor Olaf Scholz said on Friday.");

        var status = _factory.Services.GetRequiredService<IngestionStatus>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (status.LastReport?.TotalArticles != 2)
        {
            await Task.Delay(100, timeout.Token);
        }

        Assert.Equal(2, status.LastReport.TotalQuotes);
    }

    [Fact]
    public async Task GetUnknownPath_Returns404()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task WaitForFirstRunAsync() =>
        _factory.Services.GetRequiredService<IngestionStatus>().FirstRun.WaitAsync(TimeSpan.FromSeconds(30));
}
