using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class QuoteExtractorTests
{
    private readonly QuoteExtractor _extractor = new();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\"")]
    [InlineData("\"\"\"\"")]
    [InlineData("said")]
    [InlineData(", said .")]
    [InlineData("According to")]
    [InlineData("According to ,")]
    [InlineData("\u201C\u201D\u00AB\u00BB said she:")]
    [InlineData("He said:\n")]
    [InlineData("( ) ) ( Mr. . . .")]
    public void Analyze_OddInput_DoesNotThrow(string text)
    {
        var analysis = _extractor.Analyze(text);

        Assert.All(analysis.Quotes, q => Assert.Equal(q.Text, text[q.Start..q.End]));
    }

    [Fact]
    public void Analyze_RandomFragmentsOfNewsText_NeverThrowAndOffsetsHold()
    {
        const string source = "\"X,\" she said. Kallas, the chief, said that Y is \"vital\" but warned: \u201CZ\u201D according to Mr. Trump's (Russian President Vladimir) Putin, told reporters \n\n";
        var random = new Random(42);

        for (var n = 0; n < 2000; n++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 120)).Select(_ => source[random.Next(source.Length)]).ToArray();
            var text = new string(chars);

            var analysis = _extractor.Analyze(text);

            Assert.All(analysis.Quotes, q => Assert.Equal(q.Text, text[q.Start..q.End]));
        }
    }

    [Fact]
    public void Analyze_SameTextOnManyThreads_GivesSameResult()
    {
        const string text = "Kaja Kallas said that the deal is vital. \"It is,\" she added.";
        var expected = _extractor.Analyze(text).Quotes;

        var results = new Quote[64][];
        Parallel.For(0, results.Length, i => results[i] = [.. _extractor.Analyze(text).Quotes]);

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Analyze_Quotes_AreInTextOrder()
    {
        const string text = "\"The first one came,\" Kallas said. Kallas said that the second came later. \"The third one,\" she said, \"comes last of all.\"";

        var starts = _extractor.Analyze(text).Quotes.Select(q => q.Start).ToList();

        Assert.Equal(starts.Order(), starts);
        Assert.Equal(4, starts.Count);
    }
}
