using System.IO.Compression;
using System.Text;
using DigestBot.Core.Corpus;

namespace DigestBot.Core.Tests.Corpus;

public sealed class CorpusReaderTests
{
    private const string TwoRecords =
        """
        {"id": "a-1", "title": "Port reopens", "date": "1987-02-26T15:01:01", "source": "Wire", "dateline": "SALVADOR, Feb 26", "text": "The port reopened."}

        {"id": "b-2", "title": null, "date": null, "text": "Second story."}
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_PlainOrGzip_YieldsEveryRecordWithItsLineNumber(bool gzip)
    {
        using var stream = new MemoryStream(gzip ? Gzip(TwoRecords) : Encoding.UTF8.GetBytes(TwoRecords));

        var lines = await Collect(stream);

        Assert.Equal(new long[] { 1, 3 }, lines.Select(l => l.Number));
        var first = lines[0].Record!;
        Assert.Equal(new CorpusRecord("a-1", "Port reopens", new DateTimeOffset(1987, 2, 26, 15, 1, 1, TimeSpan.Zero), "Wire", "SALVADOR, Feb 26", "The port reopened."), first);
        Assert.Equal(new CorpusRecord("b-2", null, null, null, null, "Second story."), lines[1].Record);
    }

    [Theory]
    [InlineData("{\"id\": \"x\", \"text\": ", "line 7: not valid JSON")]
    [InlineData("[1, 2]", "line 7: not a JSON object")]
    [InlineData("{\"text\": \"no id\"}", "line 7: \"id\" is missing or empty")]
    [InlineData("{\"id\": \"x\", \"text\": \"  \"}", "line 7 (x): \"text\" is missing or empty")]
    [InlineData("{\"id\": \"x\", \"text\": \"t\", \"date\": \"yesterday\"}", "line 7 (x): \"date\" is not an ISO 8601 date: yesterday")]
    public void Parse_BadLine_ReturnsAnErrorNamingTheLineAndTheProblem(string line, string expected)
    {
        var parsed = CorpusReader.Parse(7, line);

        Assert.Null(parsed.Record);
        Assert.StartsWith(expected, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_RecordWithDatelineAndTitle_ReadsLikeASeedFile()
    {
        var record = new CorpusRecord("a-1", " Port reopens ", null, null, "SALVADOR, Feb 26", "The port reopened.\n\nShips left.");

        var text = CorpusImporter.Compose(record);

        Assert.Equal("SALVADOR, Feb 26\n\nPort reopens\n\nThe port reopened.\n\nShips left.", text);
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static async Task<List<CorpusLine>> Collect(Stream stream)
    {
        var lines = new List<CorpusLine>();
        await foreach (var line in CorpusReader.ReadAsync(stream, CancellationToken.None))
        {
            lines.Add(line);
        }

        return lines;
    }
}
