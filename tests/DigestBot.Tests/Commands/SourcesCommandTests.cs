using System.Text.Json;
using DigestBot.Host.Commands;
using DigestBot.Testing;

namespace DigestBot.Tests.Commands;

public sealed class SourcesCommandTests
{
    [Fact]
    public async Task RunAsync_TestFileAsJson_PrintsExactlyFileFormatAndItems()
    {
        var file = RepoPaths.InShared("feeds", "feedreader__Rss20NYTimes.xml");
        var (code, output, _) = await RunAsync("sources", "test", file, "--json");

        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, code);
        Assert.Equal(["file", "format", "items"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rss2", json.GetProperty("format").GetString());
        var items = json.GetProperty("items");
        Assert.Equal(33, items.GetArrayLength());
        Assert.Equal(["id", "title", "link", "published"], items[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("http://www.nytimes.com/2017/01/06/us/politics/donald-trump-wall-hack-russia.html?partner=rss&emc=rss", items[0].GetProperty("link").GetString());
    }

    [Fact]
    public async Task RunAsync_TestNotAFeed_PrintsInvalidAndExitsOne()
    {
        var (code, output, _) = await RunAsync("sources", "test", RepoPaths.InShared("feeds", "gofeed__unknown_feed.xml"));

        Assert.Equal(1, code);
        Assert.Contains("invalid", output, StringComparison.Ordinal);
        Assert.Contains("unknown root element", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TestMissingFile_ExitsTwoNamingTheFile()
    {
        var (code, _, error) = await RunAsync("sources", "test", "no-such-feed.xml");

        Assert.Equal(2, code);
        Assert.Contains("no-such-feed.xml", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TestLoopbackUrlByDefault_IsRefusedBySsrfGuard()
    {
        var (code, _, error) = await RunAsync("sources", "test", "http://127.0.0.1:9/feed.xml");

        Assert.Equal(1, code);
        Assert.Contains("Sources:AllowPrivateAddresses", error, StringComparison.Ordinal);
    }

    internal static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var database = Path.Combine(Path.GetTempPath(), "digestbot-sources-" + Guid.NewGuid().ToString("N") + ".db");
        var context = new CommandContext(output, error, Path.GetTempPath(), new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = database });

        var code = await CommandLine.RunAsync(args, context, CancellationToken.None);

        return (code, output.ToString(), error.ToString());
    }
}
