using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class CharClassesTests
{
    [Fact]
    public void Ascii_EveryAsciiCharacter_MatchesTheCharTests()
    {
        var wrong = Enumerable.Range(0, 128).Select(c => (char)c)
            .Where(c => CharClasses.Ascii[c] != (
                (char.IsLetterOrDigit(c) ? CharClasses.WordChar : 0) | (char.IsDigit(c) ? CharClasses.Digit : 0)
                | (char.IsAsciiLetterUpper(c) ? CharClasses.Upper : 0) | (char.IsAsciiLetterLower(c) ? CharClasses.Lower : 0)
                | (char.IsWhiteSpace(c) ? CharClasses.Space : 0)))
            .ToList();

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData('\u00E9', true)]
    [InlineData('\u0661', true)]
    [InlineData('\u2019', false)]
    [InlineData('\u00A0', false)]
    public void IsWordChar_NonAscii_IsLetterOrDigit(char c, bool expected) => Assert.Equal(expected, CharClasses.IsWordChar(c));

    [Fact]
    public void Of_NonAsciiSpaceAndDigit_GetTheirClasses()
    {
        Assert.Equal(CharClasses.Space, CharClasses.Of('\u2029'));
        Assert.Equal(CharClasses.WordChar | CharClasses.Digit, CharClasses.Of('\u0661'));
    }
}
