using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class NameShapeTests
{
    [Theory]
    [InlineData("Talks with US President Donald Trump ended.")]
    [InlineData("It was a decision of Russia's Vladimir Putin yesterday.")]
    [InlineData("The report by K.C. Maurer came out.")]
    [InlineData("Officials of the Interior Ministry met.")]
    public void Of_Mention_AgreesWithNameWords(string text)
    {
        using var parsed = ParsedText.Parse(text);
        var mentions = NameFinder.Find(parsed);

        var shapes = mentions.Select(m => NameShape.Of(parsed, m)).ToList();

        Assert.NotEmpty(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var words = PeopleIndex.NameWords(parsed, mentions[i]);
            Assert.Equal(words.Count, shapes[i].Words);
            if (words.Count > 0)
            {
                Assert.Equal(words[^1].TrimEnd('.'), parsed.WordString(shapes[i].LastWord));
                Assert.Equal(words[^1].EndsWith('.'), shapes[i].LastHasDot);
            }
        }
    }

    [Fact]
    public void EndsInRoleWord_NameEndingInMinistry_IsTrue()
    {
        using var parsed = ParsedText.Parse("Officials of the Interior Ministry met.");
        var mention = NameFinder.Find(parsed).Single(m => parsed.WordString(m.End - 1) == "Ministry");

        var endsInRole = NameShape.Of(parsed, mention).EndsInRoleWord(parsed);

        Assert.True(endsInRole);
    }

    [Fact]
    public void Of_PossessiveBeforeTheName_StartsAfterIt()
    {
        using var parsed = ParsedText.Parse("It was a decision of Russia's Vladimir Putin yesterday.");
        var mention = NameFinder.Find(parsed).Single();

        var shape = NameShape.Of(parsed, mention);

        Assert.Equal("Vladimir", parsed.WordString(shape.Start));
        Assert.Equal(2, shape.Words);
    }
}
