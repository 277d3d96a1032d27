using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class RolePhraseTextTests
{
    [Fact]
    public void Of_PhraseWithDeterminerAndPossessive_JoinsWordsKeepingThePossessive()
    {
        using var text = ParsedText.Parse("the EU\u2019s  top   diplomat, 2nd term");

        var role = RolePhraseText.Of(text, 0, text.Count);

        Assert.Equal("EU\u2019s top diplomat 2nd term", role);
    }

    [Fact]
    public void Of_PhraseLongerThanTheStackBuffer_IsWhole()
    {
        var words = Enumerable.Range(0, 60).Select(i => "deputy" + i).ToArray();
        using var text = ParsedText.Parse(string.Join("  ", words));

        var role = RolePhraseText.Of(text, 0, text.Count);

        Assert.Equal(string.Join(' ', words), role);
        Assert.True(role.Length > 256);
    }
}
