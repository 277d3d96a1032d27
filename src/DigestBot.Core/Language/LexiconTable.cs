using System.Numerics;

namespace DigestBot.Core.Language;

/// <summary>An open-addressing table from folded words to lexicon entries, probed by <see cref="CaseFold.Hash"/>.</summary>
internal sealed class LexiconTable
{
    // Words of up to this many characters are compared as one packed 64-bit value instead of character by character.
    private const int PackedLength = 4;

    private readonly int[] _hashes;
    private readonly int[] _lengths;
    private readonly ulong[] _packed;
    private readonly WordClass[] _classes;
    private readonly string?[] _keys;
    private readonly LexiconEntry[] _values;
    private readonly int _mask;

    private LexiconTable(int size)
    {
        _hashes = new int[size];
        _lengths = new int[size];
        _packed = new ulong[size];
        _classes = new WordClass[size];
        _keys = new string?[size];
        _values = new LexiconEntry[size];
        _mask = size - 1;
    }

    /// <summary>Builds the table from words (any case) and their entries, at most a quarter full.</summary>
    public static LexiconTable Build(IReadOnlyDictionary<string, LexiconEntry> words)
    {
        var table = new LexiconTable((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(words.Count, 8) * 4));
        foreach (var (word, entry) in words)
        {
            var folded = string.Create(word.Length, word, static (span, w) =>
            {
                for (var i = 0; i < w.Length; i++)
                {
                    span[i] = CaseFold.Fold(w[i]);
                }
            });
            var hash = CaseFold.Hash(folded);
            var slot = hash & table._mask;
            while (table._keys[slot] is not null)
            {
                slot = (slot + 1) & table._mask;
            }

            table._hashes[slot] = Tag(hash);
            table._lengths[slot] = folded.Length;
            table._packed[slot] = folded.Length <= PackedLength ? Pack(folded) : 0;
            table._classes[slot] = entry.Classes;
            table._keys[slot] = folded;
            table._values[slot] = entry;
        }

        return table;
    }

    /// <summary>The entry of <paramref name="word"/>, whose hash is <paramref name="hash"/>, or an empty entry.</summary>
    public LexiconEntry Find(ReadOnlySpan<char> word, int hash)
    {
        var tag = Tag(hash);
        for (var slot = hash & _mask; _hashes[slot] != 0; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == tag && CaseFold.EqualsFolded(word, _keys[slot]!))
            {
                return _values[slot];
            }
        }

        return default;
    }

    /// <summary>
    /// The classes of <paramref name="word"/> (<see cref="LexiconEntry.Classes"/> of <see cref="Find"/>), from flat
    /// arrays: a short word is compared as one packed value, without reading its key string.
    /// </summary>
    public WordClass FindClasses(ReadOnlySpan<char> word, int hash)
    {
        var tag = Tag(hash);
        for (var slot = hash & _mask; _hashes[slot] != 0; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == tag && _lengths[slot] == word.Length
                && (word.Length <= PackedLength ? Pack(word) == _packed[slot] : CaseFold.EqualsFolded(word, _keys[slot]!)))
            {
                return _classes[slot];
            }
        }

        return WordClass.None;
    }

    // The folded characters of a word of at most four characters, one per 16 bits.
    private static ulong Pack(ReadOnlySpan<char> word)
    {
        ulong packed = 0;
        for (var i = 0; i < word.Length; i++)
        {
            packed |= (ulong)CaseFold.Fold(word[i]) << (16 * i);
        }

        return packed;
    }

    // 0 marks an empty slot.
    private static int Tag(int hash) => hash == 0 ? 1 : hash;
}
