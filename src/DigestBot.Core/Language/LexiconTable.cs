using System.Numerics;

namespace DigestBot.Core.Language;

/// <summary>A table from words (any case) to lexicon entries, looked up by <see cref="WordKey"/>.</summary>
/// <remarks>
/// The tokenizer looks up every word of every article, about half of them found, in no order the processor can
/// guess. So a lookup has no loop and no branch on the outcome: each word can sit in one of two slots (cuckoo
/// hashing), both are read, and the classes of the one whose key matches are picked with arithmetic. A slot is 24
/// bytes; 743 words in 2,048 slots is 48 KB. Words of more than eight characters are confirmed against their text.
/// </remarks>
internal sealed class LexiconTable
{
    private const int MaxKicks = 500;

    private readonly Slot[] _slots;
    private readonly string?[] _keys;
    private readonly LexiconEntry[] _values;
    private readonly int _mask;
    private readonly int _shift;

    private LexiconTable(int size)
    {
        _slots = new Slot[size];
        _keys = new string?[size];
        _values = new LexiconEntry[size];
        _mask = size - 1;
        _shift = 32 - BitOperations.Log2((uint)size);
    }

    /// <summary>Builds the table from words (any case) and their entries, at most about 40% full.</summary>
    public static LexiconTable Build(IReadOnlyDictionary<string, LexiconEntry> words)
    {
        for (var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(words.Count, 8) * 5 / 2); ; size *= 2)
        {
            var table = new LexiconTable(size);
            if (words.All(w => table.TryInsert(Folded(w.Key), w.Value)))
            {
                return table;
            }
        }
    }

    /// <summary>The entry of <paramref name="word"/>, or an empty entry.</summary>
    public LexiconEntry Find(ReadOnlySpan<char> word)
    {
        var key = WordKey.Of(word);
        var (first, second) = SlotsOf(key.Hash);
        return Matches(first, key, word) ? _values[first] : Matches(second, key, word) ? _values[second] : default;
    }

    /// <summary>The classes of the word <paramref name="word"/> whose key is <paramref name="key"/> (<see cref="LexiconEntry.Classes"/> of <see cref="Find"/>).</summary>
    public WordClass FindClasses(in WordKey key, ReadOnlySpan<char> word)
    {
        var (first, second) = SlotsOf(key.Hash);
        ref readonly var a = ref _slots[first];
        ref readonly var b = ref _slots[second];
        var classes = (a.Key.SameShortWord(key) ? a.Classes : WordClass.None) | (b.Key.SameShortWord(key) ? b.Classes : WordClass.None);
        if (key.Length > 8 && classes != WordClass.None)
        {
            // Only the first and last four characters were compared.
            var slot = a.Key.SameShortWord(key) ? first : second;
            return CaseFold.EqualsFolded(word, _keys[slot]!) ? classes : WordClass.None;
        }

        return classes;
    }

    private bool Matches(int slot, in WordKey key, ReadOnlySpan<char> word) =>
        _slots[slot].Key.SameShortWord(key) && (key.Length <= 8 || CaseFold.EqualsFolded(word, _keys[slot]!));

    private (int First, int Second) SlotsOf(int hash)
    {
        var first = hash & _mask;
        var second = (int)(((uint)hash * 0x9E3779B1u) >> _shift);
        return (first, second == first ? first ^ 1 : second);
    }

    // Cuckoo insertion: take a free one of the word's two slots, or put it in the first and move the word there to its
    // other slot, and so on.
    private bool TryInsert(string folded, LexiconEntry entry)
    {
        var (slot, key, value) = (new Slot(WordKey.Of(folded), entry.Classes), folded, entry);
        var (at, other) = SlotsOf(slot.Key.Hash);
        if (_keys[at] is not null)
        {
            at = other;
        }

        for (var kick = 0; kick < MaxKicks; kick++)
        {
            if (_keys[at] is null)
            {
                (_slots[at], _keys[at], _values[at]) = (slot, key, value);
                return true;
            }

            (slot, _slots[at]) = (_slots[at], slot);
            (key, _keys[at]) = (_keys[at]!, key);
            (value, _values[at]) = (_values[at], value);
            var (first, second) = SlotsOf(slot.Key.Hash);
            at = at == first ? second : first;
        }

        return false;
    }

    private static string Folded(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            span[i] = CaseFold.Fold(w[i]);
        }
    });

    // What a lookup reads.
    private readonly record struct Slot(WordKey Key, WordClass Classes);
}
