using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class CharBlockTests
{
    [Fact]
    public void At_EveryAsciiCharacter_MatchesTheCharacterClasses()
    {
        var wrong = Enumerable.Range(0, 128).Select(c => (char)c)
            .Where(c =>
            {
                var block = CharBlock.At(new string(c, CharBlock.Width), 0);
                var classes = CharClasses.Ascii[c];
                return block.Word != All((classes & CharClasses.WordChar) != 0)
                    || block.Space != All((classes & CharClasses.Space) != 0);
            })
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void At_EveryNonAsciiCharacter_IsNeitherSpaceNorWordButJoinsAWord()
    {
        // Narrowed to bytes, a character past 255 must not wrap round to an ASCII class.
        var wrong = Enumerable.Range(128, char.MaxValue - 127).Select(c => (char)c)
            .Where(c =>
            {
                var block = CharBlock.At(new string(c, CharBlock.Width), 0);
                return block.Word != 0 || block.Space != 0 || block.JoinsWord != ulong.MaxValue || block.Irregular != ulong.MaxValue;
            })
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void At_Text_SetsOneBitPerCharacterFromTheStart()
    {
        var text = "xx a1,\nU.S. \"don't!" + new string('z', 48) + " 7";

        var block = CharBlock.At(text, 2);

        // " a1,\nU.S. \"don't!" then 'z' to the block's end from position 2: bit k is text[2 + k].
        Assert.Equal(Bits(0, 4, 9), block.Space);
        Assert.Equal(Bits(1, 2, 5, 7, 11, 12, 13, 15) | (ulong.MaxValue << 17), block.Word);
    }

    [Fact]
    public void At_ConnectorsAndNonAscii_MarkWhereAWordMayGoOn()
    {
        // "U.S" joins at 1; "well-" ends the word at 8 (a space follows); "’" and "é" are non-ASCII; the block's last
        // character's follower is unknown, so its "." counts.
        var text = "U.S well- x\u2019s\u00E9 ." + new string(' ', 47) + ".";

        var block = CharBlock.At(text, 0);

        Assert.Equal(Bits(1, 11, 13, 63), block.JoinsWord);
    }

    [Fact]
    public void At_Text_MarksTokenStartsAndWhereThePlainRunStops()
    {
        // "ab, c'd 9x" then spaces: tokens start at a, the comma, c, the apostrophe (a mark here), d and 9.
        var text = "ab, c'd 9x" + new string(' ', 54);

        var block = CharBlock.At(text, 0);

        Assert.Equal(Bits(0, 2, 4, 5, 6, 8), block.TokenStarts);
        Assert.Equal(Bits(5), block.Irregular); // the apostrophe, which also joins "c'd"
    }

    [Fact]
    public void AtEnd_FewerCharactersThanABlock_PadsWithSpaces()
    {
        const string text = "ab cd.";

        var block = CharBlock.AtEnd(text, 3);

        Assert.Equal(Bits(0, 1), block.Word);
        Assert.Equal(~Bits(0, 1, 2), block.Space);
        Assert.Equal(0UL, block.JoinsWord); // the text's last "." is followed by nothing, as by a space
    }

    private static ulong All(bool set) => set ? ulong.MaxValue : 0;

    private static ulong Bits(params int[] positions) => positions.Aggregate(0UL, (bits, p) => bits | (1UL << p));
}
