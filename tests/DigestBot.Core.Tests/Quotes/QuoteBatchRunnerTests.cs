using System.Text.Json;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class QuoteBatchRunnerTests
{
    private readonly QuoteBatchRunner _runner = new();

    [Fact]
    public async Task RunAsync_Documents_WritesOneLinePerDocumentInInputOrder()
    {
        var lines = Enumerable.Range(0, 300).Select(i =>
            JsonSerializer.Serialize(new { id = $"doc{i}", text = $"\"Number {i} is here,\" Kallas said." }));
        using var input = new StringReader(string.Join('\n', lines));
        using var output = new StringWriter();

        var count = await _runner.RunAsync(input, output, CancellationToken.None);

        var written = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(300, count);
        Assert.Equal(300, written.Length);
        for (var i = 0; i < written.Length; i++)
        {
            using var doc = JsonDocument.Parse(written[i]);
            Assert.Equal($"doc{i}", doc.RootElement.GetProperty("id").GetString());
            var quote = doc.RootElement.GetProperty("quotes")[0];
            Assert.Equal($"Number {i} is here,", quote.GetProperty("quote").GetString());
            Assert.Equal("Kallas", quote.GetProperty("speaker").GetString());
            Assert.Equal("direct", quote.GetProperty("kind").GetString());
            Assert.Equal(1, quote.GetProperty("start").GetInt32());
        }
    }

    [Fact]
    public async Task RunAsync_BlankLines_AreSkipped()
    {
        using var input = new StringReader("\n{\"id\":1,\"text\":\"Nothing here.\"}\n\n");
        using var output = new StringWriter();

        var count = await _runner.RunAsync(input, output, CancellationToken.None);

        Assert.Equal(1, count);
        Assert.Equal("{\"id\":\"1\",\"quotes\":[]}", output.ToString().Trim());
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"text\":\"ok\"}\n{not json", "Line 2")]
    [InlineData("{\"id\":\"a\"}", "Line 1: missing \"text\"")]
    [InlineData("{\"text\":\"x\"}", "Line 1: missing \"id\"")]
    [InlineData("[1,2]", "Line 1: expected a JSON object")]
    [InlineData("\n\n{\"id\":\"a\",\"text\":5}", "Line 3: missing \"text\"")]
    public async Task RunAsync_MalformedLine_ThrowsFormatExceptionNamingTheLine(string jsonl, string expected)
    {
        using var input = new StringReader(jsonl);
        using var output = new StringWriter();

        var error = await Assert.ThrowsAsync<FormatException>(() => _runner.RunAsync(input, output, CancellationToken.None));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Cancelled_Throws()
    {
        using var input = new StringReader("{\"id\":\"a\",\"text\":\"x\"}");
        using var output = new StringWriter();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _runner.RunAsync(input, output, cts.Token));
    }
}
