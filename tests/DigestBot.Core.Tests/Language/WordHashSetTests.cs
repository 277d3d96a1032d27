using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class WordHashSetTests
{
    [Fact]
    public void Contains_AddedHashes_AreFoundOthersNot()
    {
        using var set = new WordHashSet(100);
        var added = Enumerable.Range(0, 100).Select(i => CaseFold.Hash("word" + i)).ToList();
        added.ForEach(set.Add);

        var allFound = added.TrueForAll(set.Contains);
        var strangerFound = set.Contains(CaseFold.Hash("stranger"));

        Assert.True(allFound);
        Assert.False(strangerFound);
    }

    [Fact]
    public void Contains_Zero_OnlyAfterAddingZero()
    {
        using var set = new WordHashSet(4);

        var before = set.Contains(0);
        set.Add(0);
        var after = set.Contains(0);

        Assert.False(before);
        Assert.True(after);
    }

    [Fact]
    public void Contains_CollidingHashesAddedTwice_AllFoundStrangerInChainNot()
    {
        // A 16-slot table: every hash here starts at slot 0 and probes along one chain.
        using var set = new WordHashSet(4);
        int[] colliding = [16, 32, 48, 16, 32];
        foreach (var hash in colliding)
        {
            set.Add(hash);
        }

        var allFound = colliding.All(set.Contains);
        var strangerFound = set.Contains(64);

        Assert.True(allFound);
        Assert.False(strangerFound);
    }

    [Fact]
    public void AddAll_HashesWithRepeatsCollisionsAndZero_FoundAsIfAddedOneByOne()
    {
        using var set = new WordHashSet(6);
        int[] hashes = [16, 32, 16, 0, 7, 48];

        set.AddAll(hashes);

        Assert.True(hashes.All(set.Contains));
        Assert.False(set.Contains(64));
        Assert.False(set.Contains(8));
    }
}
