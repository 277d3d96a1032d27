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
        var keys = new MentionKeys(parsed, shapes, shapes.Count(s => s.Words == 1));

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
    public void Constructor_FromMentions_GivesTheShapesAndKeysOfTheShapesConstructor()
    {
        using var parsed = ParsedText.Parse("Kaja Kallas met Trump's aide K.C. Maurer. Kallas said Mitchell and Ross agreed.");
        var mentions = NameFinder.Find(parsed).ToArray();
        var expectedShapes = mentions.Select(m => NameShape.Of(parsed, m)).ToArray();
        var expected = new MentionKeys(parsed, expectedShapes, expectedShapes.Count(s => s.Words == 1));
        var shapes = new NameShape[mentions.Length];

        var keys = new MentionKeys(
            parsed, mentions, shapes, new char[mentions.Length * MentionKeys.CharsPerMention],
            new int[mentions.Length * MentionKeys.SlotSize], new int[MentionKeys.TableSize(mentions.Length)]);

        Assert.Equal(expectedShapes, shapes);
        for (var n = 0; n < mentions.Length; n++)
        {
            if (shapes[n].Words > 0)
            {
                Assert.Equal(expected[n].ToString(), keys[n].ToString());
                Assert.Equal(expected.HasSingle(n), keys.HasSingle(n));
            }
        }
    }

    [Fact]
    public void HasSingle_SurnameAlsoUsedAlone_TrueOnlyForThatName()
    {
        using var parsed = ParsedText.Parse("Kaja Kallas met Mark Rutte in Tallinn. Kallas said the talks went well.");
        var mentions = NameFinder.Find(parsed);
        var shapes = mentions.Select(m => NameShape.Of(parsed, m)).ToArray();
        var keys = new MentionKeys(parsed, shapes, shapes.Count(s => s.Words == 1));
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
        var shapes = NameFinder.Find(parsed).Select(m => NameShape.Of(parsed, m)).ToArray();
        var slots = new int[shapes.Length * MentionKeys.SlotSize];

        var keys = new MentionKeys(parsed, shapes, new char[2], slots, new int[MentionKeys.TableSize(shapes.Length)]);

        var last = Array.FindLastIndex(shapes, s => s.Words > 0);
        Assert.Equal("rute", keys[last].ToString());
        Assert.True(keys.HasSingle(0));
    }

    [Fact]
    public void Constructor_TableNotAPowerOfTwo_ThrowsNamingTheBuffers()
    {
        using var parsed = ParsedText.Parse("Kaja Kallas spoke.");
        var shapes = NameFinder.Find(parsed).Select(m => NameShape.Of(parsed, m)).ToArray();

        var error = Assert.Throws<ArgumentException>(() => { _ = new MentionKeys(parsed, shapes, new char[64], new int[shapes.Length * 3], new int[6]); });

        Assert.Contains("power of two", error.Message, StringComparison.Ordinal);
    }
}
