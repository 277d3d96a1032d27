using System.Numerics;
using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// The surname key of each name mention of an article, folded once into one buffer, and a set of the keys of the
/// one-word mentions ("Kallas said" shows that "Kaja Kallas" is a person).
/// </summary>
/// <remarks>
/// The index asks for a mention's key twice (the set of one-word keys, then the mention itself): folding it once
/// and keeping it here, with its hash, replaces a second fold and a string per one-word key in a hash set. The
/// buffers are the caller's (stack memory for an article of usual size): renting three arrays from the shared pool
/// per article cost more than the folding.
/// </remarks>
internal ref struct MentionKeys
{
    /// <summary>Ints per mention in the slots buffer: start, length and hash of the mention's key.</summary>
    public const int SlotSize = 3;

    /// <summary>Chars per mention the key buffer should start with (it grows on the heap past that).</summary>
    public const int CharsPerMention = 10;

    private Span<char> _chars;
    private int _used;
    private readonly Span<int> _slots;
    private readonly Span<int> _singles; // open addressing: 1 + the first one-word mention with a key, 0 when empty
    private readonly int _mask;

    /// <summary>As the other constructor, with buffers of its own (tests and callers without stack buffers).</summary>
    public MentionKeys(ParsedText text, ReadOnlySpan<NameMention> mentions, Span<NameShape> shapes)
        : this(
            text, mentions, shapes, new char[mentions.Length * CharsPerMention], new int[mentions.Length * SlotSize],
            new int[TableSize(mentions.Length)])
    {
    }

    /// <summary>
    /// Works out each mention's shape (<see cref="NameShape.Of"/>) into <paramref name="shapes"/>, folds the key of
    /// every mention with a name into <paramref name="chars"/> and <paramref name="slots"/> (<see cref="SlotSize"/>
    /// per mention), and files the one-word ones in <paramref name="table"/> (cleared here), all in one pass over the
    /// mentions; the table needs <see cref="TableSize"/> of every mention, since how many are one word is known only
    /// after the pass.
    /// </summary>
    public MentionKeys(
        ParsedText text, ReadOnlySpan<NameMention> mentions, Span<NameShape> shapes, Span<char> chars, Span<int> slots, Span<int> table)
    {
        if (shapes.Length < mentions.Length || slots.Length < mentions.Length * SlotSize || table.Length < TableSize(mentions.Length)
            || !BitOperations.IsPow2(table.Length))
        {
            throw new ArgumentException(
                $"MentionKeys needs a shape and {SlotSize} slots per mention and a table of at least TableSize(mentions) ints whose size is a power of two.",
                nameof(table));
        }

        _chars = chars;
        _slots = slots;
        _singles = table;
        _mask = table.Length - 1;
        table.Clear();
        for (var n = 0; n < mentions.Length; n++)
        {
            var shape = NameShape.Of(text, mentions[n]);
            shapes[n] = shape;
            Add(text, n, shape);
        }
    }

    /// <summary>The surname key of mention <paramref name="n"/> (one with a name).</summary>
    public readonly ReadOnlySpan<char> this[int n] => _chars.Slice(_slots[n * SlotSize], _slots[(n * SlotSize) + 1]);

    /// <summary>Ints of the table of one-word keys for <paramref name="singles"/> one-word mentions.</summary>
    public static int TableSize(int singles) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, singles * 2));

    /// <summary>True when some one-word mention has the same key as mention <paramref name="n"/>.</summary>
    public readonly bool HasSingle(int n) => FindSingle(n) >= 0;

    // Folds the key of mention n (one with a name) and files a one-word one in the table.
    private void Add(ParsedText text, int n, NameShape shape)
    {
        if (shape.Words == 0)
        {
            return;
        }

        var token = text.Tokens[shape.LastWord];
        Fold(n, text.Text, token.Start, token.Length);
        if (shape.Words == 1)
        {
            AddSingle(n);
        }
    }

    private void Fold(int n, string text, int start, int wordLength)
    {
        EnsureRoom(SurnameKey.MaxStackLength);
        var length = VectorKeyFold.Fold(text, start, wordLength, _chars[_used..], out var hash);
        if (length < 0)
        {
            var key = SurnameKey.Of(text.Substring(start, wordLength)); // not ASCII or very long: accents folded on the string path
            EnsureRoom(key.Length);
            key.CopyTo(_chars[_used..]);
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
    private readonly int FindSingle(int n)
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

        var larger = new char[Math.Max(Math.Max(_chars.Length * 2, _used + length), SurnameKey.MaxStackLength)];
        _chars[.._used].CopyTo(larger);
        _chars = larger;
    }
}
