using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.People;

public sealed class PeopleIndexTests
{
    private readonly QuoteExtractor _extractor = new();

    [Fact]
    public void Analyze_SurnameAfterFullName_IsAnAliasOfTheFullName()
    {
        const string text = "Kaja Kallas arrived on Friday. Later Kallas met the press.";

        var people = _extractor.Analyze(text).People;

        var kallas = Assert.Single(people);
        Assert.Equal("Kaja Kallas", kallas.Name);
        Assert.Contains("Kallas", kallas.Aliases);
    }

    [Fact]
    public void Analyze_TitledName_DropsTitleAndKeepsRole()
    {
        const string text = "US President Donald Trump met reporters. President Trump then left.";

        var trump = Assert.Single(_extractor.Analyze(text).People);

        Assert.Equal("Donald Trump", trump.Name);
        Assert.Contains("President Trump", trump.Aliases);
        Assert.Contains("US President", trump.Roles);
    }

    [Fact]
    public void Analyze_SpellingVariants_MergeIntoOnePerson()
    {
        const string text = "Ukrainian President Volodymyr Zelenskyy flew in. Zelensky met the chancellor.";

        var person = Assert.Single(_extractor.Analyze(text).People);

        Assert.Equal("Volodymyr Zelenskyy", person.Name);
        Assert.Contains("Zelensky", person.Aliases);
    }

    [Fact]
    public void Analyze_PlaceNames_AreNotPeople()
    {
        const string text = "Flooding hit New Zealand and Hong Kong this week, officials said on Monday.";

        var people = _extractor.Analyze(text).People;

        Assert.DoesNotContain(people, p => p.Name is "New Zealand" or "Hong Kong");
    }

    [Fact]
    public void Analyze_RoleOrAgeBesideAName_MakesItAPerson()
    {
        const string text = "He was helped by musician Tiziano Lugli and actor Jason Beghe. Daniel Montalvo, 19, was arrested by the Los Angeles Sheriff's office.";

        var names = _extractor.Analyze(text).People.Select(p => p.Name).ToList();

        Assert.Contains("Tiziano Lugli", names);
        Assert.Contains("Jason Beghe", names);
        Assert.Contains("Daniel Montalvo", names);
        Assert.DoesNotContain("Los Angeles Sheriff", names);
    }

    [Fact]
    public void Analyze_InitialsAndMisspeltSurname_ResolveToOnePerson()
    {
        const string text = "K.C. Maurer said that 500 institutions were invited. Later, Mauer said that 190 have accepted.";

        var analysis = _extractor.Analyze(text);

        Assert.All(analysis.Quotes, q => Assert.Equal("K.C. Maurer", q.Speaker));
        Assert.Equal(2, analysis.Quotes.Count);
        Assert.Contains("Mauer", analysis.People.Single(p => p.Name == "K.C. Maurer").Aliases);
    }
}
