using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class WordKeyTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("he")]
    [InlineData("said")]
    [InlineData("Kallas")]
    [InlineData("officials")]
    [InlineData("internationally")]
    [InlineData("G\u00F3mez")]
    [InlineData("\u00C9T\u00C9")]
    public void At_AnyWordAnywhereInAText_EqualsTheKeyOfTheWordAlone(string word)
    {
        foreach (var (before, after) in new[] { ("", ""), ("x ", ""), ("", " tail"), ("Kallas said ", ", and more text") })
        {
            var text = before + word + after;

            var key = WordKey.At(text, before.Length, word.Length);

            Assert.Equal(WordKey.Of(word), key);
        }
    }

    [Theory]
    [InlineData("said", "SAID")]
    [InlineData("internationally", "INTERNATIONALLY")]
    [InlineData("\u00E9t\u00E9", "\u00C9T\u00C9")]
    public void Of_WordsEqualIgnoringCase_AreEqual(string a, string b) => Assert.Equal(WordKey.Of(a), WordKey.Of(b));

    [Theory]
    [InlineData("said", "sain")]
    [InlineData("sai", "said")]
    [InlineData("reconstruction", "reconstitution")]
    [InlineData("abcdefghi", "abcdXfghi")]
    public void Of_DifferentWords_HaveDifferentHashes(string a, string b) => Assert.NotEqual(WordKey.Of(a).Hash, WordKey.Of(b).Hash);

    [Fact]
    public void SameShortWord_ComparesCharactersNotHashes()
    {
        var he = WordKey.Of("he");

        Assert.True(he.SameShortWord(WordKey.Of("HE")));
        Assert.False(he.SameShortWord(WordKey.Of("eh") with { Hash = he.Hash }));
    }
}
