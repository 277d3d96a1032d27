using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Tests.Language;

public sealed class LexiconTests
{
    [Theory]
    [InlineData("said", (int)(WordClass.Cue))]
    [InlineData("President", (int)(WordClass.Title | WordClass.PersonRole))]
    [InlineData("police", (int)(WordClass.Group))]
    [InlineData("She", (int)(WordClass.Pronoun | WordClass.FunctionWord))]
    [InlineData("van", (int)(WordClass.NameParticle))]
    [InlineData("Monday", (int)(WordClass.Calendar))]
    [InlineData("reportedly", (int)(WordClass.SubjectSkippable))]
    [InlineData("whether", (int)(WordClass.SubjectBoundary))]
    [InlineData("nothing", (int)(WordClass.NotClauseStart))]
    public void Find_ListedWord_HasItsClasses(string word, int expected)
    {
        var entry = Lexicon.Find(word);

        Assert.Equal((WordClass)expected, entry.Classes & (WordClass)expected);
    }

    [Theory]
    [InlineData("Kallas")]
    [InlineData("table")]
    [InlineData("saidx")]
    [InlineData("")]
    public void Find_UnlistedWord_IsEmpty(string word)
    {
        var entry = Lexicon.Find(word);

        Assert.Equal(WordClass.None, entry.Classes);
        Assert.Null(entry.Lemma);
    }

    [Fact]
    public void Find_CueForm_GivesSameLemmaAsCueVerbs()
    {
        var entry = Lexicon.Find("Stressed");

        Assert.True(CueVerbs.TryGetLemma("Stressed", out var lemma));
        Assert.Equal(lemma, entry.Lemma);
    }

    [Fact]
    public void Find_EveryListWord_IsFoundInAnyCase()
    {
        string[][] lists =
        [
            SpeakerLexicon.TitleWords, SpeakerLexicon.PersonRoleNouns, SpeakerLexicon.GroupNouns, SpeakerLexicon.FunctionWords,
            SpeakerLexicon.CalendarWords, SpeakerLexicon.NameParticles, SpeakerLexicon.Determiners, SpeakerLexicon.PronounWords,
        ];

        var missing = lists.SelectMany(l => l).Where(w => Lexicon.Find(w.ToUpperInvariant()).Classes == WordClass.None).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Kallas", (int)(WordClass.Capitalized))]
    [InlineData("al-Amr", (int)(WordClass.Capitalized | WordClass.LowerInitial))]
    [InlineData("reportedly", (int)(WordClass.LowerInitial | WordClass.EndsInLy | WordClass.Adverb))]
    [InlineData("fly", (int)(WordClass.LowerInitial | WordClass.EndsInLy))]
    [InlineData("well-Known", (int)(WordClass.LowerInitial))]
    [InlineData("3rd", (int)(WordClass.None))]
    public void ShapeOf_Word_GivesCaseAndEnding(string word, int expected)
    {
        var shape = Lexicon.ShapeOf(word);

        Assert.Equal((WordClass)expected, shape);
    }
}
