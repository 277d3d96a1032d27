using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DigestBot.Core.Language;

/// <summary>
/// The tokenizer's second pass, over the words only: each word's <see cref="WordKey"/> hash, its shape and
/// <see cref="Lexicon"/> classes, and the list of asked lower-case words (<see cref="TokenColumns.IsAskedLowerCase"/>).
/// </summary>
/// <remarks>
/// About 99 % of words are ASCII, at most 16 characters long, not in the last eight characters of the text (the last
/// 16 for a long word in the lexicon), and without a hyphen among their second to fourth characters.
/// <see cref="AsciiWordPass"/> does those in a loop without a call; it marks every other word <see cref="Rare"/>, and a
/// vector scan of the class column then finds the marked words and does them the plain way (<see cref="WordKey.Of"/>,
/// <see cref="Lexicon.ShapeOf"/>, <see cref="Lexicon.ClassesOf"/>). A loop without calls keeps its variables in
/// registers; a call for the rare words, even on a branch seldom taken, made the JIT spill them around every word.
/// The same scan then lists the asked lower-case words' hashes, eight classes at a time.
/// </remarks>
internal static class WordClassPass
{
    /// <summary>
    /// A class bit no word keeps: set by <see cref="AsciiWordPass"/> on the words it leaves to the plain way. The sign
    /// bit, so a vector's most significant bits find the marked words.
    /// </summary>
    public const WordClass Rare = (WordClass)int.MinValue;

    /// <summary>Fills the hashes, classes and lower-case word list of the tokens in <paramref name="columns"/>.</summary>
    public static void Run(TokenColumns columns, string text)
    {
        columns.Hashes.AsSpan(0, columns.Count).Clear(); // numbers and marks hash to 0 and have no classes
        columns.Classes.AsSpan(0, columns.Count).Clear();
        if (text.Length >= WordKey.Head)
        {
            AsciiWordPass.Run(columns, text);
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
}
