using System.Text.Json;
using DigestBot.Core.Summaries;

namespace DigestBot.Core.Tests.Summaries;

public sealed class SummaryBatchRunnerTests
{
    [Fact]
    public async Task RunAsync_JsonLines_WritesOneSummaryPerLineKeepingIds()
    {
        var input = new StringReader("""
            {"id":"a","text":"Oil prices rose on Monday. Traders cited supply cuts. Oil supply cuts lifted prices again. Nothing else."}

            {"id":7,"text":"One sentence only."}
            """);
        var output = new StringWriter();

        var written = await new SummaryBatchRunner(new ExtractiveSummarizer()).RunAsync(input, output, 2, CancellationToken.None);

        Assert.Equal(2, written);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        Assert.Equal(2, SentenceSplitter.Split(first.RootElement.GetProperty("summary").GetString()!).Count);
        Assert.Equal(7, second.RootElement.GetProperty("id").GetInt32());
        Assert.Equal("One sentence only.", second.RootElement.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task RunAsync_LineWithoutText_ThrowsNamingTheLine()
    {
        var input = new StringReader("{\"id\":\"a\",\"text\":\"Fine.\"}\n{\"id\":\"b\"}\n");

        var error = await Assert.ThrowsAsync<FormatException>(() =>
            new SummaryBatchRunner(new ExtractiveSummarizer()).RunAsync(input, new StringWriter(), 3, CancellationToken.None));

        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"text\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ZeroSentences_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            new SummaryBatchRunner(new ExtractiveSummarizer()).RunAsync(new StringReader(""), new StringWriter(), 0, CancellationToken.None));
    }
}
