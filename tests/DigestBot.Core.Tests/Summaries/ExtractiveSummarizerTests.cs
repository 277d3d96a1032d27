using DigestBot.Core.Summaries;
using DigestBot.Core.Tests.Digests;

namespace DigestBot.Core.Tests.Summaries;

public sealed class ExtractiveSummarizerTests
{
    [Fact]
    public void Summarize_CorpusArticles_BeatsLeadThreeOnRougeTwo()
    {
        var rows = CorpusFiles.Read("summaries.jsonl", "reference_summary").Take(400).ToList();
        var summarizer = new ExtractiveSummarizer();

        var ours = rows.Average(r => Rouge.Two(string.Join(' ', summarizer.Summarize(r.Text, 3)), r.Label));
        var lead = rows.Average(r => Rouge.Two(string.Join(' ', SentenceSplitter.Split(r.Text).Take(3)), r.Label));

        Assert.True(ours > lead + 0.05, $"R-2 {ours:P1} should beat lead-3 {lead:P1} by 5 points");
    }

    [Fact]
    public void Summarize_Text_ReturnsWholeSentencesInTextOrder()
    {
        var text = CorpusFiles.Read("summaries.jsonl", "reference_summary")[10].Text;
        var sentences = SentenceSplitter.Split(text);

        var summary = new ExtractiveSummarizer().Summarize(text, 3);

        Assert.Equal(3, summary.Count);
        var positions = summary.Select(s => sentences.ToList().IndexOf(s)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Summarize_SeedArticle_PicksCentralNotJustLeadSentences()
    {
        var body = string.Join('\n', CorpusFiles.Seed().Split('\n').Skip(1));

        var summary = new ExtractiveSummarizer().Summarize(body, 3);

        Assert.Equal(3, summary.Count);
        Assert.NotEqual(SentenceSplitter.Split(body).Take(3), summary);
    }

    [Fact]
    public void Summarize_FewerSentencesThanAsked_ReturnsAll()
    {
        var summary = new ExtractiveSummarizer().Summarize("Prices rose. Markets fell sharply.", 3);

        Assert.Equal(["Prices rose.", "Markets fell sharply."], summary);
    }

    [Fact]
    public void Summarize_SameSentenceInTwoTexts_TakesItOnce()
    {
        var shared = "The central bank raised interest rates by half a point on Tuesday.";

        var summary = new ExtractiveSummarizer().Summarize([shared + " Banks welcomed it.", shared + " Savers cheered."], 3);

        Assert.Single(summary, s => s == shared);
    }
}
