using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class MentionKeysTests
{
    [Fact]
    public void Indexer_EveryMention_MatchesSurnameKeyOfItsLastWord()
    {
        using var parsed = ParsedText.Parse("Kaja Kallas met José Gómez. Kallas said Zelenskyy and Volodymyr Zelensky agreed.");
        var shapes = NameFinder.Find(parsed).Select(m => NameShape.Of(parsed, m)).ToArray();
        using var keys = new MentionKeys(parsed, shapes, shapes.Count(s => s.Words == 1));

        var folded = Enumerable.Range(0, shapes.Length).Where(n => shapes[n].Words > 0).Select(n => keys[n].ToString()).ToList();

        var expected = shapes.Where(s => s.Words > 0).Select(s => SurnameKey.Of(parsed.WordString(s.LastWord))).ToList();
        Assert.Equal(expected, folded);
        Assert.Contains("gomez", folded);
    }

    [Fact]
    public void HasSingle_SurnameAlsoUsedAlone_TrueOnlyForThatName()
    {
        using var parsed = ParsedText.Parse("Kaja Kallas met Mark Rutte in Tallinn. Kallas said the talks went well.");
        var mentions = NameFinder.Find(parsed);
        var shapes = mentions.Select(m => NameShape.Of(parsed, m)).ToArray();
        using var keys = new MentionKeys(parsed, shapes, shapes.Count(s => s.Words == 1));
        var kallas = mentions.FindIndex(m => parsed.Slice(m.First, m.End) == "Kaja Kallas");
        var rutte = mentions.FindIndex(m => parsed.Slice(m.First, m.End) == "Mark Rutte");

        var kallasAlone = keys.HasSingle(kallas);
        var rutteAlone = keys.HasSingle(rutte);

        Assert.True(kallasAlone);
        Assert.False(rutteAlone);
    }
}
