using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class LexiconTableTests
{
    [Fact]
    public void FindClasses_EveryLexiconWordInAnyCase_GivesItsClasses()
    {
        var entries = Lexicon.Entries;
        var table = LexiconTable.Build(entries);

        var wrong = entries
            .SelectMany(e => new[] { e.Key, e.Key.ToUpperInvariant(), e.Key.ToLowerInvariant(), Capitalise(e.Key) }
                .Select(form => (Form: form, Expected: e.Value.Classes)))
            .Where(x => table.FindClasses(WordKey.Of(x.Form), x.Form) != x.Expected)
            .Select(x => x.Form)
            .ToList();

        Assert.Empty(wrong);
        Assert.True(entries.Count > 300);
    }

    [Theory]
    [InlineData("sai")]
    [InlineData("saidx")]
    [InlineData("thes")]
    [InlineData("Kallas")]
    [InlineData("x")]
    public void FindClasses_UnlistedWord_IsNone(string word)
    {
        var table = LexiconTable.Build(Lexicon.Entries);

        var classes = table.FindClasses(WordKey.Of(word), word);

        Assert.Equal(WordClass.None, classes);
    }

    [Fact]
    public void FindClasses_LongWordSharingFirstAndLastFourCharactersAndHash_IsToldApartByItsText()
    {
        var entries = new Dictionary<string, LexiconEntry> { ["reconstruction"] = new(WordClass.Group, null) };
        var table = LexiconTable.Build(entries);

        // Same length, same first and last four characters; given the listed word's hash so it lands on its slot.
        var impostor = WordKey.Of("reconstitution") with { Hash = WordKey.Of("reconstruction").Hash };
        var classes = table.FindClasses(impostor, "reconstitution");

        Assert.Equal(WordClass.None, classes);
        Assert.Equal(WordClass.Group, table.FindClasses(WordKey.Of("RECONSTRUCTION"), "RECONSTRUCTION"));
    }

    [Fact]
    public void Find_LexiconWordInAnyCase_GivesItsLemma()
    {
        var table = LexiconTable.Build(Lexicon.Entries);

        Assert.Equal("say", table.Find("SAID").Lemma);
        Assert.Null(table.Find("Kallas").Lemma);
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
