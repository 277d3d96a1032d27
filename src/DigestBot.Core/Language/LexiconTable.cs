using System.Numerics;

namespace DigestBot.Core.Language;

/// <summary>A table from words (any case) to lexicon entries, looked up by <see cref="WordKey"/>.</summary>
/// <remarks>
/// The tokenizer looks up every word of every article, about half of them found, in no order the processor can
/// guess. So a lookup has no loop and no branch on the outcome: each word can sit in one of two slots (cuckoo
/// hashing), both are read, and the classes of the one whose hash matches are picked with arithmetic. The two reads
/// go to a small array of 8-byte tags (hash and classes, 16 KB for 2,048 slots) that stays in the processor's
/// nearest cache even while the rest of the engine runs; only the matched slot's full key (or slot 0's, on a miss)
/// is then read to confirm the word. Listed words have distinct hashes (checked when the table is built). Words of
/// more than eight characters are also confirmed against their text.
/// </remarks>
internal sealed class LexiconTable
{
    private const int MaxKicks = 500;

    private readonly Tag[] _tags;
    private readonly WordKey[] _words;
    private readonly string?[] _keys;
    private readonly LexiconEntry[] _values;
    private readonly int _mask;
    private readonly int _shift;

    private LexiconTable(int size)
    {
        _tags = new Tag[size];
        _words = new WordKey[size];
        _keys = new string?[size];
        _values = new LexiconEntry[size];
        _mask = size - 1;
        _shift = 32 - BitOperations.Log2((uint)size);
    }

    /// <summary>Builds the table from words (any case) and their entries, at most about 40% full.</summary>
    public static LexiconTable Build(IReadOnlyDictionary<string, LexiconEntry> words)
    {
        var sharing = words.Keys.GroupBy(w => WordKey.Of(w).Hash).FirstOrDefault(g => g.Skip(1).Any());
        if (sharing is not null)
        {
            throw new InvalidOperationException($"Lexicon words {string.Join(", ", sharing)} share a hash; change WordKey's hash.");
        }

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
        var a = _tags[first];
        var b = _tags[second];
        var inFirst = Mask(a.Hash == key.Hash);
        var inSecond = Mask(b.Hash == key.Hash) & ~inFirst;
        var slot = (first & inFirst) | (second & inSecond);
        var classes = (int)a.Classes & inFirst | (int)b.Classes & inSecond;
        ref readonly var listed = ref _words[slot];
        classes &= Mask(listed.SameShortWord(key));
        if (key.Length > 8 && classes != 0)
        {
            // Only the first and last four characters were compared.
            return CaseFold.EqualsFolded(word, _keys[slot]!) ? (WordClass)classes : WordClass.None;
        }

        return (WordClass)classes;
    }

    // All ones for true, 0 for false, without a branch.
    private static int Mask(bool condition) => -(condition ? 1 : 0);

    private bool Matches(int slot, in WordKey key, ReadOnlySpan<char> word) =>
        _words[slot].SameShortWord(key) && (key.Length <= 8 || CaseFold.EqualsFolded(word, _keys[slot]!));

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
        var wordKey = WordKey.Of(folded);
        var (tag, listed, key, value) = (new Tag(wordKey.Hash, entry.Classes), wordKey, folded, entry);
        var (at, other) = SlotsOf(tag.Hash);
        if (_keys[at] is not null)
        {
            at = other;
        }

        for (var kick = 0; kick < MaxKicks; kick++)
        {
            if (_keys[at] is null)
            {
                (_tags[at], _words[at], _keys[at], _values[at]) = (tag, listed, key, value);
                return true;
            }

            (tag, _tags[at]) = (_tags[at], tag);
            (listed, _words[at]) = (_words[at], listed);
            (key, _keys[at]) = (_keys[at]!, key);
            (value, _values[at]) = (_values[at], value);
            var (first, second) = SlotsOf(tag.Hash);
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

    // What a lookup reads first.
    private readonly record struct Tag(int Hash, WordClass Classes);
}
