using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>
/// The tokenizer's second pass, over the words only: each word's <see cref="WordKey"/> hash, its shape and
/// <see cref="Lexicon"/> classes, and the list of asked lower-case words (<see cref="TokenColumns.IsAskedLowerCase"/>).
/// </summary>
internal static class WordClassPass
{
    /// <summary>Fills the hashes, classes and lower-case word list of the tokens in <paramref name="columns"/>.</summary>
    /// <remarks>A loop of its own needs few registers, and it has no branch on the kind of token.</remarks>
    public static void Run(TokenColumns columns, string text)
    {
        var tokens = columns.Tokens;
        var hashes = columns.Hashes;
        var classes = columns.Classes;
        var lowerCaseHashes = columns.LowerCaseHashes;
        var lowerCase = 0;
        hashes.AsSpan(0, columns.Count).Clear(); // numbers and marks hash to 0 and have no classes
        classes.AsSpan(0, columns.Count).Clear();
        foreach (var k in columns.WordIndexes.AsSpan(0, columns.WordCount))
        {
            var token = tokens[k];
            var key = WordKey.At(text, token.Start, token.Length);
            var word = text.AsSpan(token.Start, token.Length);
            var wordClasses = ShapeOf(word, key.Low) | Lexicon.ClassesOf(key, word);
            hashes[k] = key.Hash;
            classes[k] = wordClasses;
            lowerCaseHashes[lowerCase] = key.Hash;
            lowerCase += TokenColumns.IsAskedLowerCase(wordClasses) ? 1 : 0;
        }

        columns.LowerCaseWords = lowerCase;
    }

    // Lexicon.ShapeOf in arithmetic for a word with an ASCII initial (nearly all): the initial's case from its class
    // bits, a particle joined to a name ("al-Amr", "'s-Y": asked only when one of the second to fourth characters, in
    // the key's first four, is a hyphen), and "-ly" from the last two characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static WordClass ShapeOf(ReadOnlySpan<char> word, ulong firstFour)
    {
        if (word[0] >= 128)
        {
            return Lexicon.ShapeOf(word);
        }

        var flags = CharClasses.Ascii[word[0]];
        var lower = (flags >> 3) & 1;
        var particle = HyphenAfterFirst(firstFour) && Lexicon.IsParticleJoinedToName(word) ? 1 : 0;
        var initial = ((((flags >> 2) & 1) | particle) * (int)WordClass.Capitalized) | (lower * (int)WordClass.LowerInitial);
        var length = word.Length;
        var endsInLy = ((word[^1] | 0x20) == 'y') & ((word[Math.Max(length - 2, 0)] | 0x20) == 'l') & (length >= 2);
        var ending = (int)WordClass.EndsInLy | (((4 - length) >> 31) & (int)WordClass.Adverb); // Adverb past four letters
        return (WordClass)(initial | (ending & -(endsInLy ? 1 : 0)));
    }

    // True when one of the 16-bit lanes 1 to 3 of firstFour holds '-' (lane 0, the first character, is never 0 in a key).
    // A lane is zero after the XOR exactly when it held '-'; subtracting 1 from every lane borrows out of a zero lane.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HyphenAfterFirst(ulong firstFour)
    {
        var x = firstFour ^ 0x002D_002D_002D_0000UL;
        return ((x - 0x0001_0001_0001_0001UL) & ~x & 0x8000_8000_8000_8000UL) != 0;
    }
}
