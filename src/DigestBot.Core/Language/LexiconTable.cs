using System.Numerics;

namespace DigestBot.Core.Language;

/// <summary>A table from words (any case) to lexicon entries, looked up by <see cref="WordKey"/>.</summary>
/// <remarks>
/// The tokenizer looks up every word of every article, about half of them found, in no order the processor can
/// guess. So a lookup reads exactly one slot, with no loop and no branch on the outcome: a perfect hash (hash and
/// displace) sends each listed word to a slot of its own. The word's hash picks one of 512 buckets, whose
/// displacement (a 1 KB array that stays in the nearest cache) is XORed into the hash to give the slot; the
/// table is built so that no two listed words share a slot. The slot's key is compared with the word's, and its
/// classes kept or dropped with arithmetic. Words of more than eight characters are also confirmed against their
/// text. Listed words must have distinct hashes (checked when the table is built).
/// </remarks>
internal sealed class LexiconTable
{
    private const int BucketBits = 9;

    private readonly Slot[] _slots;
    private readonly ushort[] _displacements = new ushort[1 << BucketBits];
    private readonly string?[] _keys;
    private readonly LexiconEntry[] _values;
    private readonly int _mask;

    private LexiconTable(int size)
    {
        _slots = new Slot[size];
        _keys = new string?[size];
        _values = new LexiconEntry[size];
        _mask = size - 1;
    }

    /// <summary>Builds the table from words (any case) and their entries, in the smallest power-of-two size that fits.</summary>
    public static LexiconTable Build(IReadOnlyDictionary<string, LexiconEntry> words)
    {
        var sharing = words.Keys.GroupBy(w => WordKey.Of(w).Hash).FirstOrDefault(g => g.Skip(1).Any());
        if (sharing is not null)
        {
            throw new InvalidOperationException($"Lexicon words {string.Join(", ", sharing)} share a hash; change WordKey's hash.");
        }

        var listed = words.Select(w => (Key: WordKey.Of(w.Key), Folded: Folded(w.Key), Entry: w.Value)).ToList();
        for (var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(listed.Count, 8)); ; size *= 2)
        {
            var table = new LexiconTable(size);
            if (table.TryPlace(listed))
            {
                return table;
            }
        }
    }

    /// <summary>The entry of <paramref name="word"/>, or an empty entry.</summary>
    public LexiconEntry Find(ReadOnlySpan<char> word)
    {
        var key = WordKey.Of(word);
        var slot = SlotOf(key.Hash);
        return _slots[slot].Key.SameShortWord(key) && (key.Length <= 8 || CaseFold.EqualsFolded(word, _keys[slot]!)) ? _values[slot] : default;
    }

    /// <summary>The classes of the word <paramref name="word"/> whose key is <paramref name="key"/> (<see cref="LexiconEntry.Classes"/> of <see cref="Find"/>).</summary>
    public WordClass FindClasses(in WordKey key, ReadOnlySpan<char> word)
    {
        var slot = SlotOf(key.Hash);
        ref readonly var listed = ref _slots[slot];
        var classes = (int)listed.Classes & -(listed.Key.SameShortWord(key) ? 1 : 0);
        if (key.Length > 8 && classes != 0)
        {
            // Only the first eight characters were compared.
            return CaseFold.EqualsFolded(word, _keys[slot]!) ? (WordClass)classes : WordClass.None;
        }

        return (WordClass)classes;
    }

    private int SlotOf(int hash) => (hash ^ _displacements[(uint)hash >> (32 - BucketBits)]) & _mask;

    // Hash and displace: the buckets with the most words first, each given the first displacement that puts all its
    // words in free slots.
    private bool TryPlace(List<(WordKey Key, string Folded, LexiconEntry Entry)> listed)
    {
        var buckets = listed.GroupBy(w => (uint)w.Key.Hash >> (32 - BucketBits)).OrderByDescending(b => b.Count()).ThenBy(b => b.Key);
        var taken = new bool[_slots.Length];
        foreach (var bucket in buckets)
        {
            var words = bucket.ToArray();
            var displacement = FirstFit(words, taken);
            if (displacement < 0)
            {
                return false;
            }

            _displacements[bucket.Key] = (ushort)displacement;
            foreach (var (key, folded, entry) in words)
            {
                var slot = SlotOf(key.Hash);
                (_slots[slot], _keys[slot], _values[slot], taken[slot]) = (new Slot(key, entry.Classes), folded, entry, true);
            }
        }

        return true;
    }

    private int FirstFit((WordKey Key, string Folded, LexiconEntry Entry)[] words, bool[] taken)
    {
        Span<int> slots = stackalloc int[words.Length];
        for (var displacement = 0; displacement < _slots.Length; displacement++)
        {
            var fits = true;
            for (var w = 0; w < words.Length && fits; w++)
            {
                slots[w] = (words[w].Key.Hash ^ displacement) & _mask;
                fits = !taken[slots[w]] && !slots[..w].Contains(slots[w]);
            }

            if (fits)
            {
                return displacement;
            }
        }

        return -1;
    }

    private static string Folded(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            span[i] = CaseFold.Fold(w[i]);
        }
    });

    // What a lookup reads; an empty slot has length 0, which no word has.
    private readonly record struct Slot(WordKey Key, WordClass Classes);
}
