using System.Text.Json;
using DigestBot.Testing;

namespace DigestBot.Tests.Commands;

/// <summary>End to end on the shipped seed: ask, through indexing, the engine, SQLite and the answerer, checked against seed-gold.jsonl.</summary>
public sealed class SeedAnswersTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Ask_WhatDidKallasSay_ListsEveryGoldKallasStatementAndNobodyElses()
    {
        var gold = await GoldAsync();

        var statements = await AskAsync("what did Kallas say?");

        Assert.All(statements, s => Assert.Equal("Kaja Kallas", s.Speaker));
        foreach (var quote in gold.Where(g => g.Speaker == "Kaja Kallas" && !g.Optional))
        {
            Assert.Contains(statements, s => Same(s.Quote, quote.Quote));
        }

        Assert.Equal(11, statements.Count(s => gold.Any(g => g.Speaker == "Kaja Kallas" && !g.Optional && Same(s.Quote, g.Quote))));
        foreach (var other in gold.Where(g => g.Speaker != "Kaja Kallas"))
        {
            Assert.DoesNotContain(statements, s => Same(s.Quote, other.Quote));
        }
    }

    [Fact]
    public async Task Ask_WhatDidTrumpSay_ListsHisThreeStatements()
    {
        var gold = (await GoldAsync()).Where(g => g.Speaker == "Donald Trump").ToList();

        var statements = await AskAsync("what did Trump say?");

        Assert.Equal(3, gold.Count);
        Assert.Equal(3, statements.Count);
        Assert.All(gold, g => Assert.Contains(statements, s => Same(s.Quote, g.Quote) && s.Speaker == "Donald Trump"));
    }

    [Fact]
    public async Task Ask_WhatDidPutinSay_ListsTheUnderstandingStatement()
    {
        var statements = await AskAsync("what did Putin say?");

        var only = Assert.Single(statements);
        Assert.Equal("Vladimir Putin", only.Speaker);
        Assert.Contains("\"understanding.\"", only.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhatDidZelenskyySay_FindsNoStatements()
    {
        var (code, output, _) = await _run.RunAsync("ask", "what did Zelenskyy say?");

        Assert.Equal(0, code);
        Assert.StartsWith("No statements found for Volodymyr Zelenskyy", output, StringComparison.Ordinal);
        Assert.Empty(await AskAsync("what did Zelenskyy say?"));
    }

    private async Task<List<(string Quote, string Speaker)>> AskAsync(string question)
    {
        var (code, output, error) = await _run.RunAsync("ask", question, "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("statements").EnumerateArray()
            .Select(s => (s.GetProperty("quote").GetString()!, s.GetProperty("speaker").GetString()!))
            .ToList();
    }

    private static async Task<List<(string Quote, string Speaker, bool Optional)>> GoldAsync()
    {
        var line = (await File.ReadAllLinesAsync(RepoPaths.InShared("eval", "seed-gold.jsonl"))).First(l => l.Length > 0);
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("quotes").EnumerateArray()
            .Select(q => (
                q.GetProperty("quote").GetString()!,
                q.GetProperty("speaker").GetString()!,
                q.TryGetProperty("optional", out var o) && o.GetBoolean()))
            .ToList();
    }

    /// <summary>Same words, ignoring only surrounding whitespace and a trailing full stop or comma the gold span may include.</summary>
    private static bool Same(string a, string b) => Trim(a) == Trim(b);

    private static string Trim(string s) => s.Trim().TrimEnd('.', ',').Trim();
}
