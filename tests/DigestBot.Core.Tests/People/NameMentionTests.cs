using System.Runtime.CompilerServices;
using DigestBot.Core.Language;
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
        var mention = new NameMention(3, 7, 4, kind);

        var read = mention.Kind;

        Assert.Equal(kind, read);
        Assert.Equal((3, 7, 4), (mention.First, mention.End, mention.NameFirst));
    }

    [Fact]
    public void RoleAndTitle_TitledMention_AreMadeFromTheText()
    {
        var parsed = ParsedText.Parse("(US President Donald Trump");
        var mention = new NameMention(0, 5, 3, EntityKind.Person, title: 2);

        var (role, title) = (mention.RoleIn(parsed), mention.TitleIn(parsed));

        Assert.True(mention.HasTitle);
        Assert.Equal("US President", role);
        Assert.Equal("President", title);
    }

    [Fact]
    public void RoleAndTitle_PlainMention_AreNull()
    {
        var parsed = ParsedText.Parse("Donald Trump");
        var mention = new NameMention(0, 2, 0, null);

        var (role, title) = (mention.RoleIn(parsed), mention.TitleIn(parsed));

        Assert.False(mention.HasTitle);
        Assert.Null(role);
        Assert.Null(title);
    }

    [Fact]
    public void Equals_SameFields_IsTrueAndDifferentTitleIsFalse()
    {
        var a = new NameMention(0, 4, 2, EntityKind.Person, title: 1);
        var b = new NameMention(0, 4, 2, EntityKind.Person, title: 1);
        var c = new NameMention(0, 4, 2, EntityKind.Person, title: 0);

        var (same, different) = (a == b, a == c);

        Assert.True(same);
        Assert.False(different);
    }

    [Fact]
    public void Size_IsTwentyBytesWithoutAReference()
    {
        var (size, hasReference) = (Unsafe.SizeOf<NameMention>(), RuntimeHelpers.IsReferenceOrContainsReferences<NameMention>());

        Assert.Equal(20, size);
        Assert.False(hasReference);
    }
}
