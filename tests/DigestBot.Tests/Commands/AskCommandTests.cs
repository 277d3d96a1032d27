using System.Text.Json;

namespace DigestBot.Tests.Commands;

public sealed class AskCommandTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task RunAsync_FreshDatabase_IndexesSeedsFirstAndAnswersAsText()
    {
        var (code, output, error) = await _run.RunAsync("ask", "what did Kallas say?");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.True(File.Exists(_run.DatabasePath));
        Assert.StartsWith("Kaja Kallas: 11 statements.", output, StringComparison.Ordinal);
        Assert.Contains("“The U.S. holds the power to force Russia to negotiate seriously,”", output, StringComparison.Ordinal);
        Assert.Contains("(reported) European security is \"not up for negotiation.\"", output, StringComparison.Ordinal);
        Assert.Contains("— Kaja Kallas, GENEVA (seeds/000_f00861cc66674029.txt)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("A lot of points were agreed on", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Json_PrintsQuestionSpeakerAndStatementsWithOffsets()
    {
        var (code, output, _) = await _run.RunAsync("ask", "what did Trump say?", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("what did Trump say?", root.GetProperty("question").GetString());
        Assert.Equal("Donald Trump", root.GetProperty("speaker").GetString());
        var seed = await File.ReadAllTextAsync(Path.Combine(_run.Seeds, "000_f00861cc66674029.txt"));
        var statements = root.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(3, statements.Count);
        foreach (var s in statements)
        {
            Assert.Equal("Donald Trump", s.GetProperty("speaker").GetString());
            Assert.Contains(s.GetProperty("kind").GetString(), new[] { "direct", "indirect", "mixed" });
            Assert.Equal("seeds/000_f00861cc66674029.txt", s.GetProperty("source").GetProperty("file").GetString());
            var (start, end) = (s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32());
            Assert.Equal(s.GetProperty("quote").GetString(), seed[start..end]);
        }
    }

    [Fact]
    public async Task RunAsync_AfterFirstAsk_IndexIsReusedNotRebuilt()
    {
        await _run.RunAsync("ask", "what did Kallas say?");

        var (code, output, _) = await _run.RunAsync("ingest");

        Assert.Equal(0, code);
        Assert.StartsWith("Articles: 0 added, 0 updated, 1 unchanged", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhoIs_DescribesTheSpeaker()
    {
        var (code, output, _) = await _run.RunAsync("ask", "who is kallas?");

        Assert.Equal(0, code);
        Assert.StartsWith("Kaja Kallas is a person", output, StringComparison.Ordinal);
        Assert.Contains("11 statements", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EditedSeed_AnswersFromTheNewText()
    {
        await _run.RunAsync("ask", "what did Kallas say?");
        await File.WriteAllTextAsync(Path.Combine(_run.Seeds, "000_f00861cc66674029.txt"), "GENEVA\n\"We stand firm,\" Kaja Kallas said.");

        var (code, output, _) = await _run.RunAsync("ask", "what did Kallas say?");

        Assert.Equal(0, code);
        Assert.StartsWith("Kaja Kallas: 1 statement.", output, StringComparison.Ordinal);
        Assert.Contains("“We stand firm,”", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchCommand_Terms_PrintsSnippetAndSource()
    {
        var (code, output, _) = await _run.RunAsync("search", "sanctions package");

        Assert.Equal(0, code);
        Assert.Contains("19th Russia sanctions package", output, StringComparison.Ordinal);
        Assert.Contains("GENEVA (seeds/000_f00861cc66674029.txt)", output, StringComparison.Ordinal);
    }
}
