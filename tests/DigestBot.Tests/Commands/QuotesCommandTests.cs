using System.Text.Json;
using DigestBot.Testing;

namespace DigestBot.Tests.Commands;

public sealed class QuotesCommandTests : IDisposable
{
    private readonly CliRun _run = new(copySeeds: false);

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task RunAsync_SeedGoldInput_WritesOneLinePerDocumentWithoutADatabase()
    {
        var output = Path.Combine(_run.Root, "out", "pred.jsonl");

        var (code, stdout, error) = await _run.RunAsync("quotes", "--input", RepoPaths.InShared("eval", "seed-gold.jsonl"), "--output", output);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal("Wrote 1 documents to " + output + "." + Environment.NewLine, stdout);
        var line = Assert.Single(await File.ReadAllLinesAsync(output));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("000_f00861cc66674029", json.RootElement.GetProperty("id").GetString());
        Assert.True(json.RootElement.GetProperty("quotes").GetArrayLength() >= 15);
        Assert.False(File.Exists(_run.DatabasePath));
    }

    [Fact]
    public async Task RunAsync_NoOutput_WritesToStdout()
    {
        var input = Path.Combine(_run.Root, "in.jsonl");
        await File.WriteAllTextAsync(input, "{\"id\":\"a\",\"text\":\"\\\"We agreed on the plan,\\\" German Chancellor Olaf Scholz said on Friday.\"}\n");

        var (code, stdout, _) = await _run.RunAsync("quotes", "--input", input);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("a", json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task RunAsync_BadLine_ExitsOneNamingTheLineAndKeepsOldOutput()
    {
        var input = Path.Combine(_run.Root, "in.jsonl");
        var output = Path.Combine(_run.Root, "out.jsonl");
        await File.WriteAllTextAsync(input, "{\"id\":\"a\",\"text\":\"Hi.\"}\nnot json\n");
        await File.WriteAllTextAsync(output, "previous");

        var (code, _, error) = await _run.RunAsync("quotes", "--input", input, "--output", output);

        Assert.Equal(1, code);
        Assert.Contains("Line 2", error, StringComparison.Ordinal);
        Assert.Equal("previous", await File.ReadAllTextAsync(output));
        Assert.False(File.Exists(output + ".tmp"));
    }
}
