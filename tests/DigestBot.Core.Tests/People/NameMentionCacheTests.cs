using DigestBot.Core.Language;
using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class NameMentionCacheTests
{
    [Fact]
    public void Rent_AfterDispose_LendsTheSameListEmpty()
    {
        List<NameMention> first;
        using (var lease = NameMentionCache.Rent())
        {
            first = lease.Mentions;
            first.Add(new NameMention(0, 1, 0, null));
        }

        using var again = NameMentionCache.Rent();

        Assert.Same(first, again.Mentions);
        Assert.Empty(again.Mentions);
    }

    [Fact]
    public void Rent_WhileLent_LendsAnotherList()
    {
        using var outer = NameMentionCache.Rent();
        using var inner = NameMentionCache.Rent();

        Assert.NotSame(outer.Mentions, inner.Mentions);
    }

    [Fact]
    public void Dispose_ListGrownPastTheCap_IsNotKept()
    {
        List<NameMention> large;
        using (var lease = NameMentionCache.Rent())
        {
            large = lease.Mentions;
            large.EnsureCapacity(NameMentionCache.MaxKeptCapacity + 1);
        }

        using var again = NameMentionCache.Rent();

        Assert.NotSame(large, again.Mentions);
    }

    [Fact]
    public void Find_IntoALentList_GivesTheSameMentionsAsANewList()
    {
        var parsed = ParsedText.Parse("US President Donald Trump met Kaja Kallas. Kallas said the EU would wait.");
        using var lease = NameMentionCache.Rent();
        lease.Mentions.Add(new NameMention(5, 6, 5, EntityKind.Organisation)); // left over from an earlier article

        var found = NameFinder.Find(parsed, lease.Mentions);

        Assert.Same(lease.Mentions, found);
        Assert.Equal(NameFinder.Find(parsed), found);
    }
}
