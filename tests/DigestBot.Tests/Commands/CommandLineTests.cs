using DigestBot.Host.Commands;

namespace DigestBot.Tests.Commands;

public sealed class CommandLineTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "serve" }, true)]
    [InlineData(new[] { "--contentRoot=/x", "--environment=Development", "--applicationName=DigestBot" }, true)]
    [InlineData(new[] { "serve", "--help" }, false)]
    [InlineData(new[] { "ask", "x" }, false)]
    [InlineData(new[] { "--help" }, false)]
    public void IsServe_Arguments_MatchesHowHostsStartTheApp(string[] args, bool expected)
    {
        var serve = CommandLine.IsServe(args);

        Assert.Equal(expected, serve);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("ask", "--help")]
    [InlineData("search", "--help")]
    [InlineData("ingest", "--help")]
    [InlineData("quotes", "--help")]
    [InlineData("serve", "--help")]
    public async Task RunAsync_Help_PrintsUsageAndExitsZero(params string[] args)
    {
        var (code, output, error) = await _run.RunAsync(args);

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Empty(error);
        Assert.False(File.Exists(_run.DatabasePath));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ask")]
    [InlineData("ask", "--jsn", "what did Kallas say?")]
    [InlineData("search")]
    [InlineData("ingest", "a", "b")]
    [InlineData("ingest", "no-such-folder")]
    [InlineData("quotes")]
    [InlineData("quotes", "--input")]
    [InlineData("quotes", "--input", "missing.jsonl")]
    [InlineData("serve", "extra")]
    public async Task RunAsync_BadUsage_ExitsTwoWithOneLineError(params string[] args)
    {
        var (code, output, error) = await _run.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task RunAsync_InvalidConfiguration_ExitsOneNamingTheKey()
    {
        var (code, _, error) = await _run.RunAsync("ask", "what did Kallas say?", "--Ingestion:MaxFileBytes=0");

        Assert.Equal(1, code);
        Assert.Contains("Ingestion:MaxFileBytes", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task RunAsync_ServeWithInvalidConfiguration_ExitsOneNamingTheKey()
    {
        var (code, _, error) = await _run.RunAsync("serve", "--urls=http://127.0.0.1:0", "--Ingestion:RescanInterval=00:00:00");

        Assert.Equal(1, code);
        Assert.Contains("Ingestion:RescanInterval", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DatabasePathIsAFolder_ExitsOneWithoutStackTrace()
    {
        Directory.CreateDirectory(_run.DatabasePath);

        var (code, _, error) = await _run.RunAsync("ask", "what did Kallas say?");

        Assert.Equal(1, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
