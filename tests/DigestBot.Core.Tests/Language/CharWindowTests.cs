using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class CharWindowTests
{
    [Fact]
    public void At_EveryAsciiCharacter_MatchesTheCharacterClasses()
    {
        var wrong = Enumerable.Range(0, 128).Select(c => (char)c)
            .Where(c =>
            {
                var window = CharWindow.At(new string(c, CharWindow.Width), 0);
                var classes = CharClasses.Ascii[c];
                return window.Word != ((classes & CharClasses.WordChar) != 0 ? 0xFFFFu : 0)
                    || window.Space != ((classes & CharClasses.Space) != 0 ? 0xFFFFu : 0)
                    || window.Newline != (c == '\n' ? 0xFFFFu : 0);
            })
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void At_Text_SetsOneBitPerCharacterFromTheStart()
    {
        const string text = "xx a1,\nU.S. don't!";

        var window = CharWindow.At(text, 2);

        // " a1,\nU.S. don't!" from position 2: bit k is text[2 + k].
        Assert.Equal(Bits(0, 4, 9), window.Space);
        Assert.Equal(Bits(4), window.Newline);
        Assert.Equal(Bits(1, 2, 5, 7, 10, 11, 12, 14), window.Word);
    }

    [Fact]
    public void At_ConnectorsAndNonAscii_MarkWhereAWordMayGoOn()
    {
        // "U.S" joins at 1; "well-" ends the word at 8 (a space follows); "’" and "é" are non-ASCII; the last
        // character's follower is unknown, so its "." counts.
        const string text = "U.S well- x\u2019s\u00E9 .";

        var window = CharWindow.At(text, 0);

        Assert.Equal(Bits(1, 11, 13, 15), window.JoinsWord);
    }

    private static uint Bits(params int[] positions) => positions.Aggregate(0u, (bits, p) => bits | (1u << p));
}
