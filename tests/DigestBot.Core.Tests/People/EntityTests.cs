using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class EntityTests
{
    [Fact]
    public void AddAlias_SpanFormAlreadyKnownInOtherCase_AddsNothing()
    {
        var entity = new Entity("Kaja Kallas", EntityKind.Person, 0);
        entity.AddAlias("Kallas".AsSpan());

        entity.AddAlias("KALLAS".AsSpan());
        entity.AddAlias("kaja kallas".AsSpan());

        Assert.Equal(["Kallas"], entity.Aliases);
        Assert.True(entity.IsNamed("kallas"));
        Assert.False(entity.IsNamed("Kalla"));
    }

    [Fact]
    public void Rename_LongerForm_KeepsOldNameAsAliasAndRekeysSurname()
    {
        var entity = new Entity("Zelensky", EntityKind.Person, 0);

        entity.Rename("Volodymyr Zelenskyy");

        Assert.Equal("Volodymyr Zelenskyy", entity.Name);
        Assert.Equal(["Zelensky"], entity.Aliases);
        Assert.Equal(SurnameKey.Of("Zelenskyy"), entity.SurnameKey);
    }
}
