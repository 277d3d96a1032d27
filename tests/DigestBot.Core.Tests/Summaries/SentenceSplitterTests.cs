using DigestBot.Core.Summaries;

namespace DigestBot.Core.Tests.Summaries;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_QuotesAndParagraphs_SplitsLikeTheScorer()
    {
        var text = "He said: \"It is over.\" Then he left.\n\nPrices were 3.5% higher. 2005 was good!";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(["He said: \"It is over.", "Then he left.", "Prices were 3.5% higher.", "2005 was good!"], sentences);
    }
}
