using DigestBot.Core.Corpus;

namespace DigestBot.Core.Tests.Corpus;

public sealed class CorpusSourceTests
{
    [Theory]
    [InlineData("corpus.jsonl#1", true)]
    [InlineData("Archive.JSONL.GZ#notes/a.txt", true)]
    [InlineData("seeds/a.txt", false)]
    [InlineData("news/corpus.jsonl#1", false)]
    [InlineData("notes#1.txt", false)]
    [InlineData("#1", false)]
    [InlineData("https://example.org/feed.jsonl#1", false)]
    public void Is_Source_TellsCorpusRecordsFromPaths(string source, bool expected)
    {
        var actual = CorpusSource.Is(source);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void For_FileAndRecordId_IsRecognisedAsCorpusSource()
    {
        var source = CorpusSource.For("bulk.jsonl.gz", "a/b.md");

        Assert.Equal("bulk.jsonl.gz#a/b.md", source);
        Assert.True(CorpusSource.Is(source));
    }
}
