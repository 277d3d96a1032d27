using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DigestBot.Core.Language;

/// <summary>
/// The tokenizer's second pass, over the words only: each word's <see cref="WordKey"/> hash, its shape and
/// <see cref="Lexicon"/> classes, and the list of asked lower-case words (<see cref="TokenColumns.IsAskedLowerCase"/>).
/// </summary>
/// <remarks>
/// About 99 % of words are ASCII, at most 16 characters long, not in the last eight characters of the text (the last
/// 16 for a long word in the lexicon), and without a hyphen among their second to fourth characters. The
/// fast loop does those without a call; it marks every other word <see cref="Rare"/>, and a vector scan of the class
/// column then finds the marked words and does them the plain way (<see cref="WordKey.Of"/>,
/// <see cref="Lexicon.ShapeOf"/>, <see cref="Lexicon.ClassesOf"/>). A loop without calls keeps its variables in
/// registers; a call for the rare words, even on a branch seldom taken, made the JIT spill them around every word.
/// The same scan then lists the asked lower-case words' hashes, eight classes at a time.
/// </remarks>
internal static class WordClassPass
{
    // A class bit no word keeps: set by the fast loop on the words it leaves to the plain way. The sign bit, so a
    // vector's most significant bits find the marked words.
    private const WordClass Rare = (WordClass)int.MinValue;

    private const int LongestFast = 16;

    private const WordClass LyAdverb = WordClass.EndsInLy | WordClass.Adverb;

    // A hyphen in lanes 1 to 3 of a word's first eight characters; 0xFFFF, past ASCII, is caught as such anyway.
    private static readonly Vector128<ushort> Hyphens = Vector128.Create((ushort)0xFFFF, '-', '-', '-', 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF);

    // The "-ly" classes by length (at most 16 in the fast loop), read at length & 31 so the index needs no bounds check
    // nor a branch: none for one letter, an adverb past four.
    private static ReadOnlySpan<WordClass> Endings =>
    [
        WordClass.None, WordClass.None, WordClass.EndsInLy, WordClass.EndsInLy, WordClass.EndsInLy, LyAdverb, LyAdverb, LyAdverb,
        LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb,
        LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb,
        LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb, LyAdverb,
    ];

    /// <summary>Fills the hashes, classes and lower-case word list of the tokens in <paramref name="columns"/>.</summary>
    public static void Run(TokenColumns columns, string text)
    {
        columns.Hashes.AsSpan(0, columns.Count).Clear(); // numbers and marks hash to 0 and have no classes
        columns.Classes.AsSpan(0, columns.Count).Clear();
        if (text.Length >= WordKey.Head)
        {
            Fast(columns, text);
        }
        else
        {
            foreach (var k in columns.WordIndexes.AsSpan(0, columns.WordCount))
            {
                columns.Classes[k] = Rare;
            }
        }

        columns.LowerCaseWords = PlainWhereRareAndListLowerCase(columns, text);
    }

    // The fast loop over every word, for a text of at least WordKey.Head characters. A word it leaves to the plain
    // way gets the class Rare, nothing else.
    private static void Fast(TokenColumns columns, string text)
    {
        var tokens = columns.Tokens;
        var hashes = columns.Hashes;
        var classes = columns.Classes;
        var table = Lexicon.Table;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var lastHead = (uint)(text.Length - WordKey.Head); // the caller checked text.Length >= WordKey.Head
        foreach (var k in columns.WordIndexes.AsSpan(0, columns.WordCount))
        {
            ref readonly var token = ref tokens[k];
            var start = (uint)token.Start;
            var length = token.Length;

            // The one check that keeps every read below in the text: the word ends within it. Reads are the eight
            // characters at start (or at lastHead, for a word marked rare), and characters between start and the end.
            var end = start + (uint)length;
            if (end > lastHead + WordKey.Head)
            {
                throw PastEnd(k, token, text.Length);
            }

            // The first eight characters, read past the word's end and masked to it (for 8 to 65,535 characters,
            // nothing is masked). Rare: a word too near the end to read them (the check that keeps the read in the
            // text), or with a character past ASCII or a hyphen among its second to fourth (a particle joined to a
            // name, "al-Amr").
            if (start > lastHead)
            {
                classes[k] = Rare;
                continue;
            }

            var head = Vector128.LoadUnsafe(ref first, start);
            head &= Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)length));
            if ((Vector128.GreaterThan(head, Vector128.Create((ushort)127)) | Vector128.Equals(head, Hyphens)) != Vector128<ushort>.Zero)
            {
                classes[k] = Rare;
                continue;
            }

            var folded = WordKey.FoldAscii(head);
            var lexiconHead = Vector128.Narrow(folded, folded).AsUInt64().ToScalar(); // LexiconSlot.HeadOf, for ASCII
            var tail = 0UL;
            if (length > WordKey.Head)
            {
                // WordKey's chain for 9 to 16 ASCII characters: the chunk at 8 when more than four follow it, then the
                // last four. Lengths up to 12 and past 12 mix in long words, so both are picked with masks, not
                // branches: the middle chunk is read at 8, or for up to 12 characters where the last one is.
                var overTwelve = length - 12;
                var last = Chunk(ref first, end - 4);
                var middle = Chunk(ref first, end - 4 - (uint)(overTwelve & ~(overTwelve >> 31)));
                if (length > LongestFast || ((last | middle) & CaseFold.NonAscii) != 0)
                {
                    classes[k] = Rare;
                    continue;
                }

                var chained = 1 ^ ((WordKey.Chain(1, CaseFold.FoldAsciiChunk(middle)) ^ 1) & (ulong)(long)(-overTwelve >> 31));
                tail = WordKey.Chain(chained, CaseFold.FoldAsciiChunk(last));
                lexiconHead |= LexiconSlot.Long;
            }

            var hash = WordKey.HashOf(folded.AsUInt64().ToScalar(), folded.AsUInt64().GetElement(1), length, tail);
            hashes[k] = hash;
            var listed = table.ClassesOfToken(hash, lexiconHead);
            if (length > WordKey.Head && listed != WordClass.None)
            {
                // Only the first eight characters were compared: compare the next eight, read from start + 8 when
                // that is at most lastHead (else the word is rare), masked to the word and folded.
                if (start + WordKey.Head > lastHead)
                {
                    classes[k] = Rare;
                    continue;
                }

                var rest = Vector128.LoadUnsafe(ref first, start + WordKey.Head);
                rest = WordKey.FoldAscii(rest & Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)(length - WordKey.Head))));
                listed = table.IsListedLong(hash, length, Vector128.Narrow(rest, rest).AsUInt64().ToScalar()) ? listed : WordClass.None;
            }

            classes[k] = ShapeOf(ref first, end, length, head.ToScalar()) | listed;
        }
    }

    // Lexicon.ShapeOf in arithmetic for an ASCII word with no hyphen among its second to fourth characters (so no
    // particle joined to a name): the initial's case from its class bits, "-ly" from the last two characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static WordClass ShapeOf(ref ushort first, uint end, int length, ushort initial)
    {
        // CharClasses.Upper (4) and Lower (8) shifted to WordClass.Capitalized (1 << 16) and LowerInitial (1 << 17).
        var initialCase = (CharClasses.Ascii[initial & 0x7F] & (CharClasses.Upper | CharClasses.Lower)) << 14;
        var lastTwo = Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref first, Math.Max(end, 2) - 2)));
        var endsInLy = (lastTwo | 0x0020_0020) == 0x0079_006C; // "ly" in any case, 'l' in the low half
        return (WordClass)(initialCase | ((int)Endings[length & 31] & -(endsInLy ? 1 : 0)));
    }

    // The words the fast loop marked Rare, found eight classes at a time, done the plain way; then the hashes of the
    // asked lower-case words listed, in order, from the same blocks. Returns how many were listed.
    private static int PlainWhereRareAndListLowerCase(TokenColumns columns, string text)
    {
        var classes = MemoryMarshal.Cast<WordClass, int>(columns.Classes.AsSpan(0, columns.Count));
        var hashes = columns.Hashes;
        var lowerCaseHashes = columns.LowerCaseHashes;
        var asked = Vector256.Create((int)(WordClass.LowerInitial | WordClass.FunctionWord | WordClass.Title | WordClass.Adverb));
        var lowerCase = 0;
        var i = 0;
        for (; i + Vector256<int>.Count <= classes.Length; i += Vector256<int>.Count)
        {
            var block = Vector256.Create(classes.Slice(i, Vector256<int>.Count));
            var rare = block.ExtractMostSignificantBits();
            if (rare != 0)
            {
                for (; rare != 0; rare &= rare - 1)
                {
                    Plain(columns, text, i + BitOperations.TrailingZeroCount(rare));
                }

                block = Vector256.Create(classes.Slice(i, Vector256<int>.Count));
            }

            // As TokenColumns.IsAskedLowerCase, eight at a time.
            var lower = Vector256.Equals(block & asked, Vector256.Create((int)WordClass.LowerInitial)).ExtractMostSignificantBits();
            for (; lower != 0; lower &= lower - 1)
            {
                lowerCaseHashes[lowerCase++] = hashes[i + BitOperations.TrailingZeroCount(lower)];
            }
        }

        for (; i < classes.Length; i++)
        {
            if (classes[i] < 0)
            {
                Plain(columns, text, i);
            }

            if (TokenColumns.IsAskedLowerCase((WordClass)classes[i]))
            {
                lowerCaseHashes[lowerCase++] = hashes[i];
            }
        }

        return lowerCase;
    }

    // A word the plain way: its key, shape and lexicon classes.
    private static void Plain(TokenColumns columns, string text, int k)
    {
        var token = columns.Tokens[k];
        var word = text.AsSpan(token.Start, token.Length);
        var key = WordKey.Of(word);
        columns.Hashes[k] = key.Hash;
        columns.Classes[k] = Lexicon.ShapeOf(word) | Lexicon.ClassesOf(key, word);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InvalidOperationException PastEnd(int k, Token token, int textLength) =>
        new($"Token {k} ({token.Start}+{token.Length}) runs past the end of its text ({textLength} characters).");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Chunk(ref ushort first, uint at) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref first, at)));
}
