using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("Mr", true)]
    [InlineData("INC", true)]
    [InlineData("approx", true)]
    [InlineData("\u017Ft", false)] // long s: folds to the hash of "st", but OrdinalIgnoreCase tells them apart
    [InlineData("said", false)]
    [InlineData("Inca", false)]
    [InlineData("m", false)]
    public void KeepsSentenceOpen_WordWithItsHash_AnswersAsTheWordList(string word, bool expected)
    {
        var withHash = Abbreviations.KeepsSentenceOpen(word, CaseFold.Hash(word), "Smith");

        var withoutHash = Abbreviations.KeepsSentenceOpen(word, "Smith");

        Assert.Equal(expected, withHash);
        Assert.Equal(expected, withoutHash);
    }

    [Fact]
    public void KeepsSentenceOpen_HashOfAnotherWord_DoesNotMakeAnAbbreviation()
    {
        var open = Abbreviations.KeepsSentenceOpen("said", CaseFold.Hash("mr"), "Smith");

        Assert.False(open);
    }

    [Fact]
    public void KeepsSentenceOpen_DottedWordBeforeASentenceOpener_EndsTheSentence()
    {
        var beforeOpener = Abbreviations.KeepsSentenceOpen("U.S", CaseFold.Hash("U.S"), "The");
        var beforeName = Abbreviations.KeepsSentenceOpen("U.S", CaseFold.Hash("U.S"), "Senate");

        Assert.False(beforeOpener);
        Assert.True(beforeName);
    }
}
