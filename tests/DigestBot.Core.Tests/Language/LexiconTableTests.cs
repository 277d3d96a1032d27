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
            .Where(x => table.FindClasses(x.Form, CaseFold.Hash(x.Form)) != x.Expected)
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

        var classes = table.FindClasses(word, CaseFold.Hash(word));

        Assert.Equal(WordClass.None, classes);
    }

    [Fact]
    public void FindClasses_ShortWordsSharingAHash_AreToldApartByTheirCharacters()
    {
        var entries = new Dictionary<string, LexiconEntry> { ["he"] = new(WordClass.Pronoun, null) };
        var table = LexiconTable.Build(entries);

        // "eh" is probed with the hash of "he": the packed compare, not the hash, must reject it.
        var classes = table.FindClasses("eh", CaseFold.Hash("he"));

        Assert.Equal(WordClass.None, classes);
        Assert.Equal(WordClass.Pronoun, table.FindClasses("HE", CaseFold.Hash("he")));
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
