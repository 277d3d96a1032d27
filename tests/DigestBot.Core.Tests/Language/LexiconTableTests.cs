using System.Runtime.Intrinsics;
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

    [Fact]
    public void ClassesOfToken_OnTheVectorUnit_EqualsTheScalarLookup()
    {
        // Every listed word (long ones by their first eight characters), plus unlisted words and random heads.
        var table = LexiconTable.Build(Lexicon.Entries);
        var random = new Random(9);
        var keys = Lexicon.Entries.Keys.Concat(["sai", "saidx", "thes", "Kallas", "x", "officialz"]).Select(w => WordKey.Of(w))
            .Select(k => (k.Hash, Head: LexiconSlot.HeadOf(Vector128.Create(k.Low, k.High).AsUInt16(), k.Length)))
            .Concat(Enumerable.Range(0, 5_000).Select(_ => (Hash: random.Next(int.MinValue, int.MaxValue), Head: (ulong)random.NextInt64())));

        var wrong = keys
            .Where(k => (WordClass)table.ClassesOfToken(k.Hash, Vector128.CreateScalar(k.Head)).ToScalar() != table.ClassesOfToken(k.Hash, k.Head))
            .ToList();

        Assert.Empty(wrong);
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
    public void FindClasses_LongWordSharingFirstEightCharactersAndHash_IsToldApartByItsText()
    {
        var entries = new Dictionary<string, LexiconEntry> { ["administration"] = new(WordClass.Group, null) };
        var table = LexiconTable.Build(entries);

        // Same length, same first eight characters; given the listed word's hash so it lands on its slot.
        var impostor = WordKey.Of("administrative") with { Hash = WordKey.Of("administration").Hash };
        var classes = table.FindClasses(impostor, "administrative");

        Assert.Equal(WordClass.None, classes);
        Assert.Equal(WordClass.Group, table.FindClasses(WordKey.Of("ADMINISTRATION"), "ADMINISTRATION"));
    }

    [Fact]
    public void Build_TwoWordsSharingAHash_ThrowsNamingThem()
    {
        var seen = new Dictionary<int, string>();
        var pair = Enumerable.Range(0, 1_000_000).Select(n => "w" + n)
            .Select(w => seen.TryGetValue(WordKey.Of(w).Hash, out var other) ? (other, w) : (seen[WordKey.Of(w).Hash] = w, null))
            .First(p => p.Item2 is not null);
        var entries = new Dictionary<string, LexiconEntry> { [pair.Item1] = new(WordClass.Group, null), [pair.Item2!] = new(WordClass.Cue, null) };

        var error = Assert.Throws<InvalidOperationException>(() => LexiconTable.Build(entries));

        Assert.Contains(pair.Item1, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("caf\u00E9")]
    [InlineData("two words")]
    [InlineData("")]
    public void Build_WordNotPrintableAscii_ThrowsNamingIt(string word)
    {
        var entries = new Dictionary<string, LexiconEntry> { ["said"] = new(WordClass.Cue, "say"), [word] = new(WordClass.Group, null) };

        var error = Assert.Throws<InvalidOperationException>(() => LexiconTable.Build(entries));

        Assert.Contains($"\"{word}\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MoreWordsThanSlots_ThrowsNamingTheSetting()
    {
        var entries = Enumerable.Range(0, (1 << LexiconTable.SlotBits) + 1).ToDictionary(n => "w" + n, _ => new LexiconEntry(WordClass.Group, null));

        var error = Assert.Throws<InvalidOperationException>(() => LexiconTable.Build(entries));

        Assert.Contains(nameof(LexiconTable.SlotBits), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spokesman", true)]
    [InlineData("spokesmax", false)]
    [InlineData("spokesmanx", false)]
    public void IsListedLong_WordSharingTheFirstEightCharacters_ComparesTheNextEight(string word, bool expected)
    {
        var table = LexiconTable.Build(new Dictionary<string, LexiconEntry> { ["spokesman"] = new(WordClass.PersonRole, null) });
        var rest = word[8..].Select((c, i) => (ulong)c << (8 * i)).Aggregate(0UL, (a, b) => a | b);

        var listed = table.IsListedLong(WordKey.Of("spokesman").Hash, word.Length, rest);

        Assert.Equal(expected, listed);
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
