using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DigestBot.Core.Language;

/// <summary>
/// The fast part of <see cref="WordClassPass"/>: the hash, shape and lexicon classes of ASCII words of up to 16
/// characters, in one loop without a call.
/// </summary>
/// <remarks>
/// What makes it fast, measured: no call in the loop (the JIT then keeps the loop's variables in registers); the
/// lexicon read through one reference into fixed-size arrays, so its slot indexes need no bounds checks; the common
/// word (up to eight characters) read as one vector of eight characters, masked and folded at once; and no branch on
/// anything the processor cannot guess (a word's length, its ending, its lexicon hit) except whether it is longer
/// than eight characters. Every read of the text is kept in bounds by one visible check per word.
/// </remarks>
internal static class AsciiWordPass
{
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

    /// <summary>
    /// Fills the hash and classes of every word of <paramref name="columns"/> it can; a word it leaves to the plain way
    /// gets the class <see cref="WordClassPass.Rare"/>, nothing else.
    /// </summary>
    /// <exception cref="ArgumentException">The text has fewer than <see cref="WordKey.Head"/> characters.</exception>
    public static void Run(TokenColumns columns, string text)
    {
        var tokens = columns.Tokens;
        var hashes = columns.Hashes;
        var classes = columns.Classes;
        var table = Lexicon.Table;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        if (text.Length < WordKey.Head)
        {
            throw new ArgumentException($"AsciiWordPass needs a text of at least {WordKey.Head} characters; this one has {text.Length}.", nameof(text));
        }

        var lastHead = (uint)(text.Length - WordKey.Head); // the last place eight characters can be read
        foreach (var k in columns.WordIndexes.AsSpan(0, columns.WordCount))
        {
            ref readonly var token = ref tokens[k];
            var start = (uint)token.Start;
            var length = token.Length;

            // With the check on start below, what keeps every read in the text: the word ends within it. Reads are the
            // eight characters at start (start <= lastHead), and characters between start and the end.
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
                classes[k] = WordClassPass.Rare;
                continue;
            }

            var head = Vector128.LoadUnsafe(ref first, start);
            head &= Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)length));
            if ((Vector128.GreaterThan(head, Vector128.Create((ushort)127)) | Vector128.Equals(head, Hyphens)) != Vector128<ushort>.Zero)
            {
                classes[k] = WordClassPass.Rare;
                continue;
            }

            var folded = WordKey.FoldAscii(head);
            var lexiconHead = Vector128.Narrow(folded, folded).AsUInt64(); // LexiconSlot.HeadOf, for ASCII, in lane 0
            var tail = Vector128<ulong>.Zero;
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
                    classes[k] = WordClassPass.Rare;
                    continue;
                }

                var chained = 1 ^ ((WordKey.Chain(1, CaseFold.FoldAsciiChunk(middle)) ^ 1) & (ulong)(long)(-overTwelve >> 31));
                tail = Vector128.CreateScalar(WordKey.Chain(chained, CaseFold.FoldAsciiChunk(last)));
                lexiconHead |= Vector128.CreateScalar(LexiconSlot.Long);
            }

            // The hash on the vector unit: the loop is bound by its general-register arithmetic (taking a dozen such
            // operations out or putting them in moves parsing by about 5 %), and the vector ports have room.
            var hash = WordKey.HashOf(folded.AsUInt64(), length, tail);
            hashes[k] = hash;
            var listed = table.ClassesOfToken(hash, lexiconHead);
            if (length > WordKey.Head && listed.ToScalar() != 0)
            {
                // Only the first eight characters were compared: compare the next eight, read from start + 8 when
                // that is at most lastHead (else the word is rare), masked to the word and folded.
                if (start + WordKey.Head > lastHead)
                {
                    classes[k] = WordClassPass.Rare;
                    continue;
                }

                var rest = Vector128.LoadUnsafe(ref first, start + WordKey.Head);
                rest = WordKey.FoldAscii(rest & Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)(length - WordKey.Head))));
                listed = table.IsListedLong(hash, length, Vector128.Narrow(rest, rest).AsUInt64().ToScalar()) ? listed : Vector128<uint>.Zero;
            }

            classes[k] = (WordClass)(ShapeOf(ref first, end, length, head) | listed).ToScalar();
        }
    }

    // Lexicon.ShapeOf for an ASCII word with no hyphen among its second to fourth characters (so no particle joined to
    // a name), on the vector unit like the hash (the loop is bound by its general-register arithmetic): the initial's
    // case from two range tests of lane 0 of head, shifted to WordClass.Capitalized (1 << 16) and LowerInitial
    // (1 << 17); "-ly" from the last two characters, read straight into a vector register.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> ShapeOf(ref ushort first, uint end, int length, Vector128<ushort> head)
    {
        var upper = Vector128.LessThan(head - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26)).AsUInt32();
        var lower = Vector128.LessThan(head - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26)).AsUInt32();
        var initialCase = ((upper << 16) & Vector128.Create((uint)WordClass.Capitalized)) | ((lower << 17) & Vector128.Create((uint)WordClass.LowerInitial));

        // In the text: end is within it (checked by the caller) and the text has at least eight characters.
        var lastTwo = Vector128.CreateScalar(Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref first, Math.Max(end, 2) - 2))));
        var endsInLy = Vector128.Equals(lastTwo | Vector128.Create(0x0020_0020u), Vector128.Create(0x0079_006Cu)); // "ly" in any case, 'l' in the low half
        var ending = Vector128.CreateScalar((uint)Endings[length & 31]) & endsInLy;
        return initialCase | ending; // in lane 0
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InvalidOperationException PastEnd(int k, Token token, int textLength) =>
        new($"Token {k} ({token.Start}+{token.Length}) runs past the end of its text ({textLength} characters).");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Chunk(ref ushort first, uint at) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref first, at)));
}
