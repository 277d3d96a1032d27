using System.Buffers;
using System.Numerics;
using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// The surname key of each name mention of an article, folded once into one pooled buffer, and a set of the keys
/// of the one-word mentions ("Kallas said" shows that "Kaja Kallas" is a person). Give it back with
/// <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// The index asks for a mention's key twice (the set of one-word keys, then the mention itself): folding it once
/// and keeping it here, with its hash, replaces a second fold and a string per one-word key in a hash set.
/// </remarks>
internal sealed class MentionKeys : IDisposable
{
    private const int SlotSize = 3; // start, length, hash of a mention's key
    private char[] _chars;
    private int _used;
    private int[] _slots;
    private int[] _singles; // open addressing: 1 + the first one-word mention with a key, 0 when empty
    private readonly int _mask;

    /// <summary>Folds the key of every mention with a name (<paramref name="shapes"/>) and files the one-word ones.</summary>
    public MentionKeys(ParsedText text, ReadOnlySpan<NameShape> shapes, int singles)
    {
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(SurnameKey.MaxStackLength, shapes.Length * 10));
        _slots = ArrayPool<int>.Shared.Rent(Math.Max(1, shapes.Length * SlotSize));
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, singles * 2));
        _singles = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_singles, 0, size);
        _mask = size - 1;
        for (var n = 0; n < shapes.Length; n++)
        {
            if (shapes[n].Words == 0)
            {
                continue;
            }

            Fold(n, text.Word(shapes[n].LastWord));
            if (shapes[n].Words == 1)
            {
                AddSingle(n);
            }
        }
    }

    /// <summary>The surname key of mention <paramref name="n"/> (one with a name).</summary>
    public ReadOnlySpan<char> this[int n] => _chars.AsSpan(_slots[n * SlotSize], _slots[(n * SlotSize) + 1]);

    /// <summary>True when some one-word mention has the same key as mention <paramref name="n"/>.</summary>
    public bool HasSingle(int n) => FindSingle(n) >= 0;

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_slots);
        ArrayPool<int>.Shared.Return(_singles);
        _chars = [];
        _slots = [];
        _singles = [];
    }

    private void Fold(int n, ReadOnlySpan<char> word)
    {
        EnsureRoom(SurnameKey.MaxStackLength);
        var length = SurnameKey.FoldAscii(word, _chars.AsSpan(_used), out var hash);
        if (length < 0)
        {
            var key = SurnameKey.Of(word.ToString()); // not ASCII or very long: accents folded on the string path
            EnsureRoom(key.Length);
            key.CopyTo(_chars.AsSpan(_used));
            length = key.Length;
            hash = SurnameKey.HashOf(key);
        }

        hash ^= hash >> 15; // the table reads the low bits: fold the high ones in
        var slot = n * SlotSize;
        (_slots[slot], _slots[slot + 1], _slots[slot + 2]) = (_used, length, hash);
        _used += length;
    }

    private void AddSingle(int n)
    {
        var at = FindSingle(n);
        if (at < 0)
        {
            _singles[~at] = n + 1;
        }
    }

    // The table slot holding mention n's key, or the complement of the empty slot where it would go.
    private int FindSingle(int n)
    {
        var hash = _slots[(n * SlotSize) + 2];
        var key = this[n];
        for (var at = hash & _mask; ; at = (at + 1) & _mask)
        {
            var other = _singles[at] - 1;
            if (other < 0)
            {
                return ~at;
            }

            if (_slots[(other * SlotSize) + 2] == hash && key.SequenceEqual(this[other]))
            {
                return at;
            }
        }
    }

    private void EnsureRoom(int length)
    {
        if (_used + length <= _chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _used + length));
        _chars.AsSpan(0, _used).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
