using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace DigestBot.Core.Language;

/// <summary>A table from words (any case) to lexicon entries, looked up by <see cref="WordKey"/>.</summary>
/// <remarks>
/// The tokenizer looks up every word of every article, about half of them found, in no order the processor can
/// guess. So a lookup reads exactly one slot, with no loop and no branch on the outcome: a perfect hash (hash and
/// displace) sends each listed word to a slot of its own. The word's hash picks one of 512 buckets, whose
/// displacement (a 1 KB array that stays in the nearest cache) is XORed into the hash to give the slot; the
/// table is built so that no two listed words share a slot. A slot is 16 bytes, four to a cache line: the listed
/// word's first eight folded characters narrowed to bytes (listed words are ASCII, checked when the table is built),
/// its length and classes. The slot's characters and length are compared with the word's, and its classes kept or
/// dropped with arithmetic. Words of more than eight characters are also confirmed against their text. Listed words
/// must have distinct hashes (also checked).
/// </remarks>
internal sealed class LexiconTable
{
    /// <summary>The table has 2^SlotBits slots, a fixed number so a lookup's slot index needs no bounds check.</summary>
    public const int SlotBits = 10;

    private const int BucketBits = 9;
    private const int SlotMask = (1 << SlotBits) - 1;

    private readonly string?[] _keys = new string?[1 << SlotBits];
    private readonly LexiconEntry[] _values = new LexiconEntry[1 << SlotBits];
    private Slots _slots;
    private Tails _tails;
    private Displacements _displacements;

    private LexiconTable()
    {
    }

    /// <summary>Builds the table from words (any case) and their entries.</summary>
    /// <exception cref="InvalidOperationException">Two words share a hash, a word is not ASCII, or the words do not fit.</exception>
    public static LexiconTable Build(IReadOnlyDictionary<string, LexiconEntry> words)
    {
        var sharing = words.Keys.GroupBy(w => WordKey.Of(w).Hash).FirstOrDefault(g => g.Skip(1).Any());
        if (sharing is not null)
        {
            throw new InvalidOperationException($"Lexicon words {string.Join(", ", sharing)} share a hash; change WordKey's hash.");
        }

        var notAscii = words.Keys.FirstOrDefault(w => w.Length == 0 || w.Any(c => c is <= ' ' or >= '\x7F'));
        if (notAscii is not null)
        {
            throw new InvalidOperationException($"Lexicon word \"{notAscii}\" is empty or not printable ASCII; LexiconTable keeps printable ASCII words only.");
        }

        var listed = words.Select(w => (Key: WordKey.Of(w.Key), Folded: Folded(w.Key), Entry: w.Value)).ToList();
        var table = new LexiconTable();
        if (!table.TryPlace(listed))
        {
            throw new InvalidOperationException($"The lexicon's {listed.Count} words do not fit LexiconTable's {1 << SlotBits} slots; raise LexiconTable.SlotBits.");
        }

        return table;
    }

    /// <summary>The entry of <paramref name="word"/>, or an empty entry.</summary>
    public LexiconEntry Find(ReadOnlySpan<char> word)
    {
        var key = WordKey.Of(word);
        var slot = SlotOf(key.Hash);
        return _slots[slot].Matches(HeadOf(key), key.Length) && (key.Length <= 8 || CaseFold.EqualsFolded(word, _keys[slot]!)) ? _values[slot] : default;
    }

    /// <summary>The classes of the word <paramref name="word"/> whose key is <paramref name="key"/> (<see cref="LexiconEntry.Classes"/> of <see cref="Find"/>).</summary>
    public WordClass FindClasses(in WordKey key, ReadOnlySpan<char> word)
    {
        var slot = SlotOf(key.Hash);
        var classes = (int)_slots[slot].ClassesIf(HeadOf(key), key.Length);
        if (key.Length > 8 && classes != 0)
        {
            // Only the first eight characters were compared.
            return CaseFold.EqualsFolded(word, _keys[slot]!) ? (WordClass)classes : WordClass.None;
        }

        return (WordClass)classes;
    }

    /// <summary>
    /// The classes of a word with hash <paramref name="hash"/> and head <paramref name="head"/>
    /// (<see cref="LexiconSlot.HeadOf"/>) that has no character 0, as a token has none: <see cref="FindClasses"/> for
    /// a word of up to eight characters; a longer one still needs its text confirmed when classes are found. Inlined
    /// into a loop over many words, it reads the table through one reference.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass ClassesOfToken(int hash, ulong head) => _slots[SlotOf(hash)].ClassesIf(head);

    /// <summary>
    /// <see cref="ClassesOfToken(int, ulong)"/> on the vector unit, for a loop bound by its general-register arithmetic:
    /// the head in lane 0 of <paramref name="head"/>, the classes in lane 0 of the result. The slot is read as one
    /// vector and its head compared there, so taking or dropping its classes needs no general register.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector128<uint> ClassesOfToken(int hash, Vector128<ulong> head)
    {
        var slot = Vector128.LoadUnsafe(ref Unsafe.As<LexiconSlot, ulong>(ref _slots[SlotOf(hash)])); // head, then length and classes
        var hit = Vector128.Equals(slot, head).AsUInt32();
        return Vector128.Shuffle(slot.AsUInt32(), Vector128.Create(3u)) & Vector128.Shuffle(hit, Vector128.Create(0u));
    }

    /// <summary>
    /// True when a word of 9 to 16 characters that <see cref="ClassesOfToken"/> found by its head is the listed word:
    /// the same length, and <paramref name="rest"/>, its folded characters 8 to 15 as bytes (zero past its end, as
    /// <see cref="LexiconSlot.HeadOf"/> without the long bit), the same too.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsListedLong(int hash, int length, ulong rest)
    {
        var slot = SlotOf(hash);
        return (_slots[slot].Length == length) & (_tails[slot] == rest);
    }

    private static ulong HeadOf(in WordKey key) => LexiconSlot.HeadOf(Vector128.Create(key.Low, key.High).AsUInt16(), key.Length);

    // Both indexes are in range by construction (a shift to BucketBits bits, a mask to SlotBits), so the JIT drops
    // the bounds checks on the fixed-size arrays.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(int hash) => (hash ^ _displacements[(int)((uint)hash >> (32 - BucketBits))]) & SlotMask;

    // Hash and displace: the buckets with the most words first, each given the first displacement that puts all its
    // words in free slots.
    private bool TryPlace(List<(WordKey Key, string Folded, LexiconEntry Entry)> listed)
    {
        var buckets = listed.GroupBy(w => (uint)w.Key.Hash >> (32 - BucketBits)).OrderByDescending(b => b.Count()).ThenBy(b => b.Key);
        var taken = new bool[1 << SlotBits];
        foreach (var bucket in buckets)
        {
            var words = bucket.ToArray();
            var displacement = FirstFit(words, taken);
            if (displacement < 0)
            {
                return false;
            }

            _displacements[(int)bucket.Key] = (ushort)displacement;
            foreach (var (key, folded, entry) in words)
            {
                var slot = SlotOf(key.Hash);
                (_slots[slot], _keys[slot], _values[slot], taken[slot]) = (new LexiconSlot(HeadOf(key), key.Length, entry.Classes), folded, entry, true);
                _tails[slot] = RestOf(folded);
            }
        }

        return true;
    }

    private int FirstFit((WordKey Key, string Folded, LexiconEntry Entry)[] words, bool[] taken)
    {
        Span<int> slots = stackalloc int[words.Length];
        for (var displacement = 0; displacement < 1 << SlotBits; displacement++)
        {
            var fits = true;
            for (var w = 0; w < words.Length && fits; w++)
            {
                slots[w] = (words[w].Key.Hash ^ displacement) & SlotMask;
                fits = !taken[slots[w]] && !slots[..w].Contains(slots[w]);
            }

            if (fits)
            {
                return displacement;
            }
        }

        return -1;
    }

    // Characters 8 to 15 of a folded printable-ASCII word as bytes, zero past its end.
    private static ulong RestOf(string folded)
    {
        ulong rest = 0;
        for (var i = WordKey.Head; i < Math.Min(folded.Length, 2 * WordKey.Head); i++)
        {
            rest |= (ulong)folded[i] << (8 * (i - WordKey.Head));
        }

        return rest;
    }

    private static string Folded(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            span[i] = CaseFold.Fold(w[i]);
        }
    });


    [InlineArray(1 << SlotBits)]
    private struct Slots
    {
        private LexiconSlot _first;
    }

    [InlineArray(1 << SlotBits)]
    private struct Tails
    {
        private ulong _first;
    }

    [InlineArray(1 << BucketBits)]
    private struct Displacements
    {
        private ushort _first;
    }
}
