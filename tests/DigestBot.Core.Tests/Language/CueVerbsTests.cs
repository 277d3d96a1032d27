using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class CueVerbsTests
{
    [Theory]
    [InlineData("said", "say")]
    [InlineData("says", "say")]
    [InlineData("saying", "say")]
    [InlineData("told", "tell")]
    [InlineData("warned", "warn")]
    [InlineData("stressed", "stress")]
    [InlineData("concluded", "conclude")]
    [InlineData("believes", "believe")]
    [InlineData("added", "add")]
    [InlineData("admitted", "admit")]
    [InlineData("denies", "deny")]
    [InlineData("Wrote", "write")]
    public void TryGetLemma_CueForm_GivesLemma(string form, string lemma)
    {
        var found = CueVerbs.TryGetLemma(form, out var actual);

        Assert.True(found);
        Assert.Equal(lemma, actual);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("Kallas")]
    [InlineData("sad")]
    public void TryGetLemma_OtherWord_IsNotCue(string word)
    {
        var found = CueVerbs.TryGetLemma(word, out _);

        Assert.False(found);
    }

    [Fact]
    public void TakesHearer_Tell_IsTrue()
    {
        Assert.True(CueVerbs.TakesHearer("tell"));
        Assert.False(CueVerbs.TakesHearer("say"));
    }
}
