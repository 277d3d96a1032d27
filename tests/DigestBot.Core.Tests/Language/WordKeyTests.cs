using System.Runtime.Intrinsics;
using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class WordKeyTests
{
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

    [Theory]
    [InlineData("a")]
    [InlineData("Kallas")]
    [InlineData("eightchr")]
    [InlineData("officials")]
    [InlineData("spokeswoman")]
    [InlineData("internationally")]
    [InlineData("counterterrorism")]
    [InlineData("internationalisation")]
    public void HashOf_TheChainOfAnAsciiWordsChunks_EqualsTheHashOfItsKey(string word)
    {
        var chars = word.Take(8).Select(c => (ushort)c).Concat(Enumerable.Repeat((ushort)0, 8)).Take(8).ToArray();
        var folded = WordKey.FoldAscii(Vector128.Create(chars)).AsUInt64();
        var tail = word.Length > 8 ? ChainOf(word.ToLowerInvariant()) : 0;

        var hash = WordKey.HashOf(folded.GetElement(0), folded.GetElement(1), word.Length, tail);

        Assert.Equal(WordKey.Of(word).Hash, hash);
    }

    [Fact]
    public void HashOf_OnTheVectorUnit_EqualsTheScalarHash()
    {
        // Random heads, lengths (up to 65,535) and tails, and a tail of zero, as the word pass gives short words.
        var random = new Random(4);
        var wrong = Enumerable.Range(0, 20_000).Select(i => (
                Low: (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63),
                High: (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63),
                Length: i % 3 == 0 ? random.Next(1, 17) : random.Next(0, 65_536),
                Tail: i % 2 == 0 ? 0 : (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63)))
            .Where(w => WordKey.HashOf(Vector128.Create(w.Low, w.High), w.Length, Vector128.CreateScalar(w.Tail))
                != WordKey.HashOf(w.Low, w.High, w.Length, w.Tail))
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void FoldAscii_EveryAsciiCharacter_FoldsAsCaseFold()
    {
        var wrong = Enumerable.Range(0, 128).Where(c =>
            WordKey.FoldAscii(Vector128.Create((ushort)c)).GetElement(0) != CaseFold.Fold((char)c));

        Assert.Empty(wrong);
    }

    // WordKey's tail the long way: chunks of four characters from 8 while more than four follow, then the last four.
    private static ulong ChainOf(string lower)
    {
        ulong tail = 1;
        var i = 8;
        for (; i + 4 < lower.Length; i += 4)
        {
            tail = WordKey.Chain(tail, Pack(lower.AsSpan(i, 4)));
        }

        return WordKey.Chain(tail, Pack(lower.AsSpan(lower.Length - 4, 4)));
    }

    private static ulong Pack(ReadOnlySpan<char> four) =>
        four[0] | ((ulong)four[1] << 16) | ((ulong)four[2] << 32) | ((ulong)four[3] << 48);
}
