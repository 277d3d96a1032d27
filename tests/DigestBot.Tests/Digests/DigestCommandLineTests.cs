using DigestBot.Host.Commands;
using DigestBot.Testing;
using Microsoft.Data.Sqlite;

namespace DigestBot.Tests.Digests;

public sealed class DigestCommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digestbot-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public DigestCommandLineTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        _out.Dispose();
        _error.Dispose();
    }

    private Task<int> RunAsync(params string[] args) =>
        CommandLine.RunAsync(
            [.. args, $"--Storage:Sqlite:Path={Path.Combine(_folder, "bot.db")}", $"--Ingestion:Folders:0={RepoPaths.InRoot("seeds")}"],
            new CommandContext(_out, _error, RepoPaths.Root, new Dictionary<string, string?>()),
            CancellationToken.None);

    [Fact]
    public async Task Digest_Seed_PrintsKallasStoryWithSummaryQuoteAndSource()
    {
        var code = await RunAsync("digest");

        Assert.Equal(0, code);
        var lines = _out.ToString().Split('\n');
        Assert.Contains("1 story", lines[0], StringComparison.Ordinal);
        var summary = lines.SkipWhile(l => !l.StartsWith("1. ", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith("   ", StringComparison.Ordinal) && !l.StartsWith("   >", StringComparison.Ordinal) && !l.StartsWith("   Sources", StringComparison.Ordinal)).ToList();
        Assert.InRange(summary.Count, 1, 3);
        Assert.Contains(lines, l => l.StartsWith("   > ", StringComparison.Ordinal) && l.Contains("\u2014 Kaja Kallas", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Sources:", StringComparison.Ordinal) && l.Contains("000_f00861cc66674029.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Digest_SinceAfterNow_FailsWithUsageError()
    {
        var code = await RunAsync("digest", "--since", "2999-01-01T00:00Z");

        Assert.Equal(2, code);
        Assert.Contains("--since", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_SinceNotATime_NamesTheOption()
    {
        var code = await RunAsync("digest", "--since", "yesterday");

        Assert.Equal(2, code);
        Assert.Contains("--since 'yesterday'", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_JsonLines_WritesSummariesToOutputFile()
    {
        var input = Path.Combine(_folder, "in.jsonl");
        var output = Path.Combine(_folder, "out.jsonl");
        await File.WriteAllTextAsync(input, """
            {"id":"x1","text":"The council approved the budget on Monday. The budget adds money for schools. Critics said the budget ignores roads. The vote was close."}
            """);

        var code = await RunAsync("summarize", "--input", input, "--output", output, "--sentences", "2");

        Assert.Equal(0, code);
        var line = Assert.Single(await File.ReadAllLinesAsync(output));
        Assert.StartsWith("{\"id\":\"x1\",\"summary\":\"", line, StringComparison.Ordinal);
        Assert.Contains("budget", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_BadSentences_FailsNamingTheOption()
    {
        var input = Path.Combine(_folder, "in.jsonl");
        await File.WriteAllTextAsync(input, "{\"id\":\"x\",\"text\":\"A.\"}");

        var code = await RunAsync("summarize", "--input", input, "--sentences", "many");

        Assert.Equal(2, code);
        Assert.Contains("--sentences 'many'", _error.ToString(), StringComparison.Ordinal);
    }
}
