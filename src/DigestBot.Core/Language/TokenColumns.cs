using System.Buffers;
using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>
/// The engine's per-token arrays, rented from <see cref="ArrayPool{T}.Shared"/> and given back on dispose: tokens,
/// their <see cref="CaseFold.Hash"/> (0 for numbers, quotation marks and punctuation), word classes and paragraph index.
/// </summary>
internal sealed class TokenColumns : IDisposable
{
    /// <summary>Rents arrays for at least <paramref name="capacity"/> tokens.</summary>
    /// <remarks>Not inlined: six inlined pool rents would make the tokenizer's loop much larger code.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public TokenColumns(int capacity)
    {
        Tokens = ArrayPool<Token>.Shared.Rent(capacity);
        Hashes = ArrayPool<int>.Shared.Rent(Tokens.Length);
        Classes = ArrayPool<WordClass>.Shared.Rent(Tokens.Length);
        ParagraphOf = ArrayPool<int>.Shared.Rent(Tokens.Length);
        Marks = ArrayPool<int>.Shared.Rent(Tokens.Length);
        ParagraphStarts = ArrayPool<int>.Shared.Rent(Tokens.Length);
        LowerCaseHashes = ArrayPool<int>.Shared.Rent(Tokens.Length);
        WordIndexes = ArrayPool<int>.Shared.Rent(Tokens.Length);
    }

    /// <summary>The tokens; the first <see cref="Count"/> are filled.</summary>
    public Token[] Tokens { get; private set; }

    /// <summary>Folded hash per token.</summary>
    public int[] Hashes { get; private set; }

    /// <summary>Word classes and shape per token.</summary>
    public WordClass[] Classes { get; private set; }

    /// <summary>Paragraph index per token.</summary>
    public int[] ParagraphOf { get; private set; }

    /// <summary>Indexes of the punctuation and quotation mark tokens, in order; the first <see cref="MarkCount"/> are filled.</summary>
    public int[] Marks { get; private set; }

    /// <summary>Number of entries filled in <see cref="Marks"/>.</summary>
    public int MarkCount { get; set; }

    /// <summary>Index of the first token of each paragraph; the first <see cref="ParagraphCount"/> are filled.</summary>
    public int[] ParagraphStarts { get; private set; }

    /// <summary>Number of paragraphs (0 for a text without tokens).</summary>
    public int ParagraphCount { get; set; }

    /// <summary>Number of tokens filled.</summary>
    public int Count { get; set; }

    /// <summary>Number of words for which <see cref="IsAskedLowerCase"/> holds (repeats counted).</summary>
    public int LowerCaseWords { get; set; }

    /// <summary>The hashes of those words, in order; the first <see cref="LowerCaseWords"/> are filled.</summary>
    public int[] LowerCaseHashes { get; private set; }

    /// <summary>Indexes of the word tokens (not numbers), in order; the first <see cref="WordCount"/> are filled.</summary>
    public int[] WordIndexes { get; private set; }

    /// <summary>Number of entries filled in <see cref="WordIndexes"/>.</summary>
    public int WordCount { get; set; }

    /// <summary>
    /// True for a lower-case word that is not a function word, title or adverb: the only words whose lower-case use
    /// NameFinder asks about, since those classes hold in any case and reject a word before the question.
    /// </summary>
    public static bool IsAskedLowerCase(WordClass classes) =>
        (classes & (WordClass.LowerInitial | WordClass.FunctionWord | WordClass.Title | WordClass.Adverb)) == WordClass.LowerInitial;

    /// <summary>Doubles every array, keeping the first <paramref name="filled"/> entries.</summary>
    public void Grow(int filled)
    {
        var size = Tokens.Length * 2;
        Tokens = Larger(Tokens, size, filled);
        Hashes = Larger(Hashes, size, filled);
        Classes = Larger(Classes, size, filled);
        ParagraphOf = Larger(ParagraphOf, size, filled);
        Marks = Larger(Marks, size, MarkCount);
        ParagraphStarts = Larger(ParagraphStarts, size, ParagraphCount);
        LowerCaseHashes = Larger(LowerCaseHashes, size, LowerCaseWords);
        WordIndexes = Larger(WordIndexes, size, WordCount);
    }

    /// <summary>Gives the arrays back to the pool; the instance must not be used afterwards.</summary>
    public void Dispose()
    {
        ArrayPool<Token>.Shared.Return(Tokens);
        ArrayPool<int>.Shared.Return(Hashes);
        ArrayPool<WordClass>.Shared.Return(Classes);
        ArrayPool<int>.Shared.Return(ParagraphOf);
        ArrayPool<int>.Shared.Return(Marks);
        ArrayPool<int>.Shared.Return(ParagraphStarts);
        ArrayPool<int>.Shared.Return(LowerCaseHashes);
        ArrayPool<int>.Shared.Return(WordIndexes);
        Tokens = [];
        Hashes = [];
        Classes = [];
        ParagraphOf = [];
        Marks = [];
        ParagraphStarts = [];
        LowerCaseHashes = [];
        WordIndexes = [];
        Count = 0;
        WordCount = 0;
        MarkCount = 0;
        ParagraphCount = 0;
        LowerCaseWords = 0;
    }

    private static T[] Larger<T>(T[] array, int size, int filled)
    {
        var larger = ArrayPool<T>.Shared.Rent(size);
        array.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<T>.Shared.Return(array);
        return larger;
    }
}
