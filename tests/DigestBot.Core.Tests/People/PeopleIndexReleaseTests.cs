using DigestBot.Core.People;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.People;

public sealed class PeopleIndexReleaseTests
{
    [Fact]
    public void Release_NextIndexOnTheThread_StartsEmpty()
    {
        var first = new PeopleIndex();
        var kallas = first.Ensure("Kaja Kallas", EntityKind.Person, 0);
        first.File(new NameMention(0, 2, 0, EntityKind.Person), kallas);
        first.Release();

        var second = new PeopleIndex();

        Assert.Empty(second.Entities);
        Assert.Null(second.ForMention(new NameMention(0, 2, 0, EntityKind.Person)));
        Assert.Null(second.FindPerson("Kallas"));
    }

    [Fact]
    public void Release_EntitiesOfTheReleasedIndex_KeepTheirNames()
    {
        var first = new PeopleIndex();
        var kallas = first.Ensure("Kaja Kallas", EntityKind.Person, 0);
        first.Release();

        var second = new PeopleIndex();
        second.Ensure("Vladimir Putin", EntityKind.Person, 5);

        Assert.Equal("Kaja Kallas", kallas.Name);
        Assert.Equal("Vladimir Putin", Assert.Single(second.Entities).Name);
    }

    [Fact]
    public void Analyze_TwoArticlesInARow_SecondSeesNoPersonOfTheFirst()
    {
        var extractor = new QuoteExtractor();
        extractor.Analyze("Kaja Kallas said the talks would go on.");

        var people = extractor.Analyze("Kallas said the plant would close.").People;

        Assert.DoesNotContain(people, p => p.Name == "Kaja Kallas");
    }
}
