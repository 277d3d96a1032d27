using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class NameFinderTests
{
    [Fact]
    public void Find_TitleBeforeName_SplitsRoleFromName()
    {
        var parsed = ParsedText.Parse("Talks with US President Donald Trump ended.");

        var mention = NameFinder.Find(parsed).Single(m => m.Kind == EntityKind.Person);

        Assert.Equal("US President", mention.RoleIn(parsed));
        Assert.Equal("President", mention.TitleIn(parsed));
        Assert.Equal(["Donald", "Trump"], PeopleIndex.NameWords(parsed, mention));
    }

    [Fact]
    public void Find_NameSplitByParentheses_JoinsTheName()
    {
        var parsed = ParsedText.Parse("She said (Russian President Vladimir) Putin drags it out.");

        var mention = NameFinder.Find(parsed).Single(m => m.Kind == EntityKind.Person);

        Assert.Equal(["Vladimir", "Putin"], PeopleIndex.NameWords(parsed, mention));
        Assert.Equal("Russian President", mention.RoleIn(parsed));
    }

    [Fact]
    public void Find_SentenceInitialCommonWord_IsNotPartOfTheName()
    {
        var parsed = ParsedText.Parse("After the talks, Kallas spoke. Recent reports say little; the reports are recent.");

        var names = NameFinder.Find(parsed).Select(m => parsed.Slice(m.First, m.End)).ToList();

        Assert.Contains("Kallas", names);
        Assert.DoesNotContain(names, n => n.StartsWith("After", StringComparison.Ordinal) || n.StartsWith("Recent", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_OrganisationNoun_MarksOrganisation()
    {
        var parsed = ParsedText.Parse("It was a decision of the Church of Scientology yesterday.");

        var mention = NameFinder.Find(parsed).Single();

        Assert.Equal(EntityKind.Organisation, mention.Kind);
        Assert.Equal("Church of Scientology", parsed.Slice(mention.First, mention.End));
    }

    [Fact]
    public void Find_RunDoesNotCrossParagraphs()
    {
        var parsed = ParsedText.Parse("GENEVA\nThe EU met.");

        var names = NameFinder.Find(parsed).Select(m => parsed.Slice(m.First, m.End)).ToList();

        Assert.DoesNotContain(names, n => n.Contains("GENEVA", StringComparison.Ordinal) && n.Contains("EU", StringComparison.Ordinal));
    }
}
