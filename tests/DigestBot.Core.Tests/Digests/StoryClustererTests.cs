using DigestBot.Core.Digests;

namespace DigestBot.Core.Tests.Digests;

public sealed class StoryClustererTests
{
    [Fact]
    public void Cluster_BbcArticles_GroupsOnlyWithinOneTopic()
    {
        // Every 7th row across the five topics: 318 articles with their labelled topic.
        var rows = CorpusFiles.Read("clusters.jsonl", "cluster").Where((_, i) => i % 7 == 0).ToList();
        var articles = rows.Select(r => Articles.Make(r.Id, r.Title, r.Text)).ToList();

        var groups = new StoryClusterer().Cluster(articles);

        var pairs = groups.SelectMany(g => g.SelectMany(a => g.Where(b => b > a).Select(b => (a, b)))).ToList();
        var samePair = pairs.Count(p => rows[p.a].Label == rows[p.b].Label);
        Assert.True(pairs.Count >= 5, $"only {pairs.Count} linked pairs: the clusterer grouped almost nothing");
        Assert.True(samePair >= 0.9 * pairs.Count, $"{samePair} of {pairs.Count} grouped pairs share a topic");
        Assert.True(groups.Count > rows.Count / 2, "story clusters should be small, not whole topics");
    }

    [Fact]
    public void Cluster_DuplicatedBbcArticles_LandInTheSameStory()
    {
        var rows = CorpusFiles.Read("clusters.jsonl", "cluster");
        var duplicates = rows.GroupBy(r => r.Text).Where(g => g.Count() > 1).Take(15).SelectMany(g => g).ToList();
        var others = rows.Where(r => r.Label == "sport").Take(60).Where(r => duplicates.All(d => d.Text != r.Text));
        var sample = duplicates.Concat(others).ToList();
        var articles = sample.Select(r => Articles.Make(r.Id, r.Title, r.Text)).ToList();

        var groups = new StoryClusterer().Cluster(articles);

        var groupOf = groups.SelectMany((g, n) => g.Select(i => (i, n))).ToDictionary(x => x.i, x => x.n);
        for (var i = 0; i < sample.Count; i++)
        {
            for (var j = i + 1; j < sample.Count; j++)
            {
                if (sample[i].Text == sample[j].Text)
                {
                    Assert.Equal(groupOf[i], groupOf[j]);
                }
            }
        }

        Assert.NotEmpty(duplicates);
    }

    [Fact]
    public void Cluster_SharedSpeakerAndTopic_Groups()
    {
        var a = Articles.Make("a", "Kallas says Russia drags out Ukraine talks", "EU foreign policy chief Kaja Kallas said Russia drags out talks on Ukraine.",
            null, new Core.Quotes.Quote("Russia drags out talks", "Kaja Kallas", Core.Quotes.QuoteKind.Indirect, 0, 1));
        var b = Articles.Make("b", "EU backs Ukraine as Kallas warns on Russia", "Kaja Kallas warned that Russia has no intention of ending the war in Ukraine.",
            null, new Core.Quotes.Quote("no intention", "Kaja Kallas", Core.Quotes.QuoteKind.Indirect, 0, 1));
        var c = Articles.Make("c", "Chelsea win the cup final", "Chelsea beat Arsenal 2-1 in the cup final at Wembley.");

        var groups = new StoryClusterer().Cluster([a, b, c]);

        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.SequenceEqual([0, 1]));
    }
}
