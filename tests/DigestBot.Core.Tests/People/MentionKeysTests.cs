using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class MentionKeysTests
{
    [Fact]
    public void Indexer_EveryMention_MatchesSurnameKeyOfItsLastWord()
    {
        using var parsed = ParsedText.Parse("Kaja Kallas met José Gómez. Kallas said Zelenskyy and Volodymyr Zelensky agreed.");
        var mentions = NameFinder.Find(parsed).ToArray();
        var shapes = new NameShape[mentions.Length];
        var keys = new MentionKeys(parsed, mentions, shapes);

        var folded = new List<string>();
        for (var n = 0; n < shapes.Length; n++)
        {
            if (shapes[n].Words > 0)
            {
                folded.Add(keys[n].ToString());
            }
        }

        var expected = shapes.Where(s => s.Words > 0).Select(s => SurnameKey.Of(parsed.WordString(s.LastWord))).ToList();
        Assert.Equal(expected, folded);
        Assert.Contains("gomez", folded);
    }

    [Fact]
    public void Constructor_EveryMention_GetsTheShapeNameShapeOfGives()
    {
        using var parsed = ParsedText.Parse("Kaja Kallas met Trump's aide K.C. Maurer. Kallas said Mitchell and Ross agreed.");
        var mentions = NameFinder.Find(parsed).ToArray();
        var shapes = new NameShape[mentions.Length];

        _ = new MentionKeys(parsed, mentions, shapes);

        Assert.Equal(mentions.Select(m => NameShape.Of(parsed, m)), shapes);
    }

    [Fact]
    public void HasSingle_SurnameAlsoUsedAlone_TrueOnlyForThatName()
    {
        using var parsed = ParsedText.Parse("Kaja Kallas met Mark Rutte in Tallinn. Kallas said the talks went well.");
        var mentions = NameFinder.Find(parsed);
        var keys = new MentionKeys(parsed, mentions.ToArray(), new NameShape[mentions.Count]);
        var kallas = mentions.FindIndex(m => parsed.Slice(m.First, m.End) == "Kaja Kallas");
        var rutte = mentions.FindIndex(m => parsed.Slice(m.First, m.End) == "Mark Rutte");

        var kallasAlone = keys.HasSingle(kallas);
        var rutteAlone = keys.HasSingle(rutte);

        Assert.True(kallasAlone);
        Assert.False(rutteAlone);
    }

    [Fact]
    public void Constructor_SmallCallerBuffers_GrowsTheKeysAndKeepsThem()
    {
        using var parsed = ParsedText.Parse("Kaja Kallas met Volodymyr Zelenskyy. Kallas said Zelenskyy agreed with Rutte.");
        var mentions = NameFinder.Find(parsed).ToArray();
        var shapes = new NameShape[mentions.Length];
        var slots = new int[mentions.Length * MentionKeys.SlotSize];

        var keys = new MentionKeys(parsed, mentions, shapes, new char[2], slots, new int[MentionKeys.TableSize(mentions.Length)]);

        var last = Array.FindLastIndex(shapes, s => s.Words > 0);
        Assert.Equal("rute", keys[last].ToString());
        Assert.True(keys.HasSingle(0));
    }

    [Fact]
    public void Constructor_TableNotAPowerOfTwo_ThrowsNamingTheBuffers()
    {
        using var parsed = ParsedText.Parse("Kaja Kallas spoke.");
        var mentions = NameFinder.Find(parsed).ToArray();

        var error = Assert.Throws<ArgumentException>(() =>
        {
            _ = new MentionKeys(parsed, mentions, new NameShape[mentions.Length], new char[64], new int[mentions.Length * 3], new int[6]);
        });

        Assert.Contains("power of two", error.Message, StringComparison.Ordinal);
    }
}
