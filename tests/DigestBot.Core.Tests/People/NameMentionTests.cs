using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class NameMentionTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(EntityKind.Person)]
    [InlineData(EntityKind.Organisation)]
    public void Kind_EachKindOrNone_ReadsBackAsGiven(EntityKind? kind)
    {
        var mention = new NameMention(3, 7, 4, kind, null, null);

        var read = mention.Kind;

        Assert.Equal(kind, read);
        Assert.Equal((3, 7, 4), (mention.First, mention.End, mention.NameFirst));
    }

    [Fact]
    public void RoleAndTitle_TitledMention_ReadBackAsGiven()
    {
        var mention = new NameMention(0, 4, 2, EntityKind.Person, "US President", "President");

        var (role, title) = (mention.Role, mention.Title);

        Assert.Equal("US President", role);
        Assert.Equal("President", title);
    }

    [Fact]
    public void RoleAndTitle_PlainMention_AreNull()
    {
        var mention = new NameMention(0, 2, 0, null, null, null);

        var (role, title) = (mention.Role, mention.Title);

        Assert.Null(role);
        Assert.Null(title);
    }

    [Fact]
    public void Equals_SameFields_IsTrueAndDifferentTitleIsFalse()
    {
        var a = new NameMention(0, 4, 2, EntityKind.Person, "US President", "President");
        var b = new NameMention(0, 4, 2, EntityKind.Person, "US President", "President");
        var c = new NameMention(0, 4, 2, EntityKind.Person, "US President", "Mr");

        var (same, different) = (a == b, a == c);

        Assert.True(same);
        Assert.False(different);
    }
}
