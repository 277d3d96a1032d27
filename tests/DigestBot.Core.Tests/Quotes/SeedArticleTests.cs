using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class SeedArticleTests
{
    private static readonly GoldDocument Seed =
        GoldDocument.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "seed-gold.jsonl"))[0];

    private static readonly ArticleAnalysis Analysis = new QuoteExtractor().Analyze(Seed.Text);

    public static TheoryData<int> RequiredQuotes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Seed.Quotes.Count; i++)
        {
            if (!Seed.Quotes[i].Optional)
            {
                data.Add(i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredQuotes))]
    public void Analyze_SeedArticle_FindsGoldQuoteWithItsSpeaker(int index)
    {
        var gold = Seed.Quotes[index];

        var best = Analysis.Quotes.MaxBy(q => QuoteScorer.OverlapF1(QuoteScorer.Words(gold.Quote), QuoteScorer.Words(q.Text)));

        Assert.NotNull(best);
        Assert.True(
            QuoteScorer.OverlapF1(QuoteScorer.Words(gold.Quote), QuoteScorer.Words(best.Text)) >= 0.9,
            $"no quote close to '{gold.Quote}'; best was '{best.Text}'");
        Assert.Equal(gold.Speaker, best.Speaker);
        Assert.Equal(gold.Kind, best.Kind.ToString().ToLowerInvariant());
    }

    [Fact]
    public void Analyze_SeedArticle_DirectQuotesAreExactSubstringsWithoutMarks()
    {
        var direct = Seed.Quotes.Where(q => q.Kind == "direct").Select(q => q.Quote).ToList();

        var found = Analysis.Quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Text).ToList();

        Assert.Equal(direct, found);
    }

    [Fact]
    public void Analyze_SeedArticle_ScoresPerfectlyEndToEnd()
    {
        var predicted = new Dictionary<string, IReadOnlyList<Quote>> { [Seed.Id] = Analysis.Quotes };

        var score = QuoteScorer.Score([Seed], predicted);

        Assert.Equal(1.0, score.EndToEndF1, 3);
    }

    [Fact]
    public void Analyze_SeedArticle_AttributesNothingToZelenskyyButIndexesHim()
    {
        var zelenskyy = Analysis.People.Single(p => p.Name == "Volodymyr Zelenskyy");

        Assert.DoesNotContain(Analysis.Quotes, q => q.Speaker.Contains("Zelensk", StringComparison.Ordinal));
        Assert.Contains("Zelenskyy", zelenskyy.Aliases);
        Assert.Contains("Ukrainian President", zelenskyy.Roles);
    }

    [Fact]
    public void Analyze_SeedArticle_PeopleCarryAliasesAndRoles()
    {
        var people = Analysis.People.ToDictionary(p => p.Name);

        Assert.Contains("Kallas", people["Kaja Kallas"].Aliases);
        Assert.Contains("EU foreign policy chief", people["Kaja Kallas"].Roles);
        Assert.Contains("President Trump", people["Donald Trump"].Aliases);
        Assert.Contains("US President", people["Donald Trump"].Roles);
        Assert.Contains("Russian leader", people["Vladimir Putin"].Roles);
        Assert.DoesNotContain(Analysis.People, p => p.Name.Contains("GENEVA", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_SeedArticle_OffsetsIndexTheText()
    {
        Assert.All(Analysis.Quotes, q => Assert.Equal(q.Text, Seed.Text[q.Start..q.End]));
    }
}
