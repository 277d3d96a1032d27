using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class CaseFoldTests
{
    [Theory]
    [InlineData("said", "SAID")]
    [InlineData("President", "president")]
    [InlineData("Gómez", "GÓMEZ")]
    [InlineData("al-Amr", "Al-amr")]
    [InlineData("Zelenskyy's", "zelenskyy'S")]
    public void Hash_WordsEqualIgnoringCase_AreEqual(string a, string b)
    {
        var same = CaseFold.Hash(a) == CaseFold.Hash(b);

        Assert.True(same);
        Assert.Equal(a, b, ignoreCase: true);
    }

    [Theory]
    [InlineData("said", "sad")]
    [InlineData("Kallas", "Kalles")]
    [InlineData("Gómez", "Gomez")]
    [InlineData("minister", "ministers")]
    public void Hash_DifferentWords_Differ(string a, string b)
    {
        var same = CaseFold.Hash(a) == CaseFold.Hash(b);

        Assert.False(same);
    }

    [Fact]
    public void Hash_NonAsciiAfterFourAsciiChars_MatchesUpperCaseForm()
    {
        // The fast path reads four characters at a time; a non-ASCII one later must send it to the folding path.
        var lower = CaseFold.Hash("abcdé");

        var upper = CaseFold.Hash("ABCDÉ");

        Assert.Equal(lower, upper);
    }

    [Theory]
    [InlineData("SAID", "said", true)]
    [InlineData("Said", "sad", false)]
    [InlineData("ÉTÉ", "été", true)]
    public void EqualsFolded_AgainstFoldedForm_ComparesIgnoringCase(string word, string folded, bool expected)
    {
        var foldedForm = string.Concat(folded.Select(CaseFold.Fold));

        var equal = CaseFold.EqualsFolded(word, foldedForm);

        Assert.Equal(expected, equal);
    }
}
