using System.Buffers;
using System.Numerics;

namespace DigestBot.Core.Language;

/// <summary>
/// A set of word hashes (<see cref="CaseFold.Hash"/>) in a pooled open-addressing table: no allocation per word and
/// no resizing, since the most words it will hold is known up front. Equal hashes count as equal words; with 32-bit
/// hashes and an article's few thousand words a collision is rare, and costs only one word treated as seen.
/// </summary>
internal sealed class WordHashSet : IDisposable
{
    private int[] _slots;
    private readonly int _mask;
    private bool _hasZero;

    /// <summary>Makes an empty set for at most <paramref name="capacity"/> words.</summary>
    public WordHashSet(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_slots, 0, size);
        _mask = size - 1;
    }

    /// <summary>Adds a word hash (as <see cref="AddAll"/>).</summary>
    public void Add(int hash) => AddAll(new ReadOnlySpan<int>(in hash));

    /// <summary>Adds every hash in <paramref name="hashes"/>.</summary>
    /// <remarks>
    /// One loop with the table and mask in registers instead of a call per word: a text adds hundreds. Half the words
    /// added are repeats: a probe that stopped at an empty slot in one branch and at an equal one in another would
    /// mispredict about once per word. Both tests are combined into one flag, false at the first slot for all but the
    /// few collisions, so the loop's single branch is predicted.
    /// </remarks>
    public void AddAll(ReadOnlySpan<int> hashes)
    {
        var slots = _slots;
        var mask = _mask;
        foreach (var hash in hashes)
        {
            // As Add: one branch for the rare zero, one for the rare collision.
            if (hash == 0)
            {
                _hasZero = true;
                continue;
            }

            var slot = hash & mask;
            var seen = slots[slot];
            while ((seen != 0) & (seen != hash))
            {
                slot = (slot + 1) & mask;
                seen = slots[slot];
            }

            slots[slot] = hash;
        }
    }

    /// <summary>True when the hash was added.</summary>
    /// <remarks>The same single-branch probe as <see cref="AddAll"/>: it stops at the hash or at an empty slot.</remarks>
    public bool Contains(int hash)
    {
        if (hash == 0)
        {
            return _hasZero;
        }

        var slot = hash & _mask;
        var seen = _slots[slot];
        while ((seen != 0) & (seen != hash))
        {
            slot = (slot + 1) & _mask;
            seen = _slots[slot];
        }

        return seen == hash;
    }

    /// <summary>Gives the table back to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_slots);
        _slots = [];
    }
}
