using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class SurnameKeyTests
{
    [Theory]
    [InlineData("Zelenskyy", "Zelensky")]
    [InlineData("Zelenskyy", "Zelenskiy")]
    [InlineData("Gómez", "Gomez")]
    [InlineData("Waters", "Water")]
    public void AreVariants_SpellingVariants_AreTheSamePerson(string a, string b)
    {
        var same = SurnameKey.AreVariants(SurnameKey.Of(a), SurnameKey.Of(b));

        Assert.True(same);
    }

    [Theory]
    [InlineData("Kane", "Kang")]
    [InlineData("Trump", "Putin")]
    [InlineData("Maurer", "Mauser")]
    public void AreVariants_DifferentNames_AreNot(string a, string b)
    {
        var same = SurnameKey.AreVariants(SurnameKey.Of(a), SurnameKey.Of(b));

        Assert.False(same);
    }

    [Theory]
    [InlineData("Zelenskyy")]
    [InlineData("O'Brien")]
    [InlineData("Gómez")]
    [InlineData("K.")]
    public void Of_SpanWithBuffer_MatchesStringForm(string word)
    {
        Span<char> buffer = stackalloc char[SurnameKey.MaxStackLength];

        var key = SurnameKey.Of(word.AsSpan(), buffer).ToString();

        Assert.Equal(SurnameKey.Of(word), key);
    }

    [Fact]
    public void Of_AsciiWord_FoldsCaseAndDoubledLetters()
    {
        var key = SurnameKey.Of("ZELENSKYY");

        Assert.Equal("zelensky", key);
    }

    [Theory]
    [InlineData("Gómez")]
    [InlineData("ZelenskyyZelenskyyZelenskyyZelenskyyZelenskyyZelenskyyZelenskyyZelenskyy")]
    public void FoldAscii_NotShortAscii_LeavesItToTheStringForm(string word)
    {
        Span<char> buffer = stackalloc char[SurnameKey.MaxStackLength];

        var length = SurnameKey.FoldAscii(word, buffer);

        Assert.Equal(-1, length);
    }

    [Theory]
    [InlineData("Zelenskyy")]
    [InlineData("O'Brien")]
    [InlineData("K.")]
    public void FoldAscii_WithHash_HashIsThatOfTheKey(string word)
    {
        Span<char> buffer = stackalloc char[SurnameKey.MaxStackLength];

        var length = SurnameKey.FoldAscii(word, buffer, out var hash);

        Assert.Equal(SurnameKey.HashOf(SurnameKey.Of(word)), hash);
        Assert.Equal(SurnameKey.Of(word), buffer[..length].ToString());
    }
}
