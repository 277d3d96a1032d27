using System.Text;
using DigestBot.Core.Ingestion;

namespace DigestBot.Core.Tests.Ingestion;

public sealed class ArticleFileReaderTests
{
    [Fact]
    public void Decode_ValidUtf8WithBom_ReturnsTextWithoutBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("GENEVA\nRussia’s “war”.")).ToArray();

        var (text, reason) = ArticleFileReader.Decode(bytes, 1000);

        Assert.Equal("GENEVA\nRussia’s “war”.", text);
        Assert.Null(reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n ")]
    public void Decode_EmptyOrBlank_IsRefusedAsEmpty(string content)
    {
        var (text, reason) = ArticleFileReader.Decode(Encoding.UTF8.GetBytes(content), 1000);

        Assert.Null(text);
        Assert.Equal("empty", reason);
    }

    [Fact]
    public void Decode_NulByte_IsRefusedAsBinary()
    {
        var (text, reason) = ArticleFileReader.Decode([0x47, 0x45, 0x00, 0x01, 0x02], 1000);

        Assert.Null(text);
        Assert.Equal("binary content (NUL byte at offset 2)", reason);
    }

    [Fact]
    public void Decode_Latin1Bytes_IsRefusedAsInvalidUtf8()
    {
        var bytes = Encoding.Latin1.GetBytes("Zürich said café");

        var (text, reason) = ArticleFileReader.Decode(bytes, 1000);

        Assert.Null(text);
        Assert.StartsWith("not valid UTF-8", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_OverLimit_IsRefusedNamingTheSetting()
    {
        var (text, reason) = ArticleFileReader.Decode(new byte[11], 10);

        Assert.Null(text);
        Assert.Contains("Ingestion:MaxFileBytes", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ControlCharacters_IsRefusedAsBinary()
    {
        var (text, reason) = ArticleFileReader.Decode(Encoding.UTF8.GetBytes("text\u0007with bell"), 1000);

        Assert.Null(text);
        Assert.StartsWith("binary content", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FileOverLimit_IsRefusedWithoutReadingIt()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, new string('a', 100));
        try
        {
            var (text, reason) = await ArticleFileReader.ReadAsync(path, 50, CancellationToken.None);

            Assert.Null(text);
            Assert.Equal("100 bytes is over the limit of 50 (Ingestion:MaxFileBytes)", reason);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
