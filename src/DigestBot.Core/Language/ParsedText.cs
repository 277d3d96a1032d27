using System.Buffers;
using System.Runtime.CompilerServices;

namespace DigestBot.Core.Language;

/// <summary>A text with its tokens, paragraphs, sentences and quoted spans: the shared input of every rule.</summary>
internal sealed class ParsedText : IDisposable
{
    private readonly int _count;
    private readonly TokenColumns _columns;
    private readonly Token[] _tokens;
    private readonly int[] _paragraphOf;
    private readonly int[] _hash;
    private readonly WordClass[] _classes;
    private int[] _sentenceOf;
    private int[] _quoteOf;
    private readonly WordHashSet _lowerCaseWords;

    private ParsedText(string text)
    {
        Text = text;
        _columns = PooledTokenizer.Tokenize(text);
        (_count, _tokens, _paragraphOf, _hash, _classes) =
            (_columns.Count, _columns.Tokens, _columns.ParagraphOf, _columns.Hashes, _columns.Classes);
        _sentenceOf = ArrayPool<int>.Shared.Rent(_count);
        _quoteOf = ArrayPool<int>.Shared.Rent(_count);

        // The two position lists go in the per-token arrays before those are filled: both are used up first.
        var (stops, quoteMarks) = MarkSorter.Sort(text, Tokens, Marks, _quoteOf.AsSpan(0, _count), _sentenceOf.AsSpan(0, _count));
        Sentences = SentenceSplitter.Split(text, Tokens, Hashes, ParagraphOf, _quoteOf.AsSpan(0, stops), ParagraphStarts);
        Quotes = QuotedSpanFinder.Find(text, Tokens, ParagraphOf, _sentenceOf.AsSpan(0, quoteMarks), ParagraphStarts);
        for (var s = 0; s < Sentences.Count; s++)
        {
            Array.Fill(_sentenceOf, s, Sentences[s].FirstToken, Sentences[s].EndToken - Sentences[s].FirstToken);
        }

        Array.Fill(_quoteOf, -1, 0, _count);
        for (var q = 0; q < Quotes.Count; q++)
        {
            Array.Fill(_quoteOf, q, Quotes[q].FirstToken, Quotes[q].EndToken - Quotes[q].FirstToken);
        }

        // Only words NameFinder can ask about (TokenColumns.IsAskedLowerCase); the tokenizer listed them, so the table
        // is as small as it can be: it is probed at random, and a small one stays in the L1 cache.
        _lowerCaseWords = new WordHashSet(_columns.LowerCaseWords);
        _lowerCaseWords.AddAll(_columns.LowerCaseHashes.AsSpan(0, _columns.LowerCaseWords));
    }

    /// <summary>The analysed text.</summary>
    public string Text { get; }

    /// <summary>All tokens in order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, _count);

    /// <summary>Paragraph index per token.</summary>
    public ReadOnlySpan<int> ParagraphOf => _paragraphOf.AsSpan(0, _count);

    /// <summary>Sentences in order.</summary>
    public List<Sentence> Sentences { get; }

    /// <summary>Sentence index per token.</summary>
    public ReadOnlySpan<int> SentenceOf => _sentenceOf.AsSpan(0, _count);

    /// <summary>Quoted spans in order.</summary>
    public List<QuotedSpan> Quotes { get; }

    /// <summary>Indexes of the punctuation and quotation mark tokens, in order.</summary>
    public ReadOnlySpan<int> Marks => _columns.Marks.AsSpan(0, _columns.MarkCount);

    /// <summary>Index of the first token of each paragraph, in order.</summary>
    public ReadOnlySpan<int> ParagraphStarts => _columns.ParagraphStarts.AsSpan(0, _columns.ParagraphCount);

    /// <summary>Number of tokens.</summary>
    public int Count => _count;

    /// <summary>Parses a text.</summary>
    public static ParsedText Parse(string text) => new(text);

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    /// <summary>The token as a string.</summary>
    public string WordString(int i) => Text.Substring(_tokens[i].Start, _tokens[i].Length);

    /// <summary>True when token <paramref name="i"/> exists and equals <paramref name="word"/>, ignoring case.</summary>
    /// <remarks>Rules ask this of many tokens with literal words: inlined, the first character (either case; OrdinalIgnoreCase
    /// never pairs ASCII with non-ASCII) rejects nearly all with a predicted branch, where length passed one in six.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int i, string word) =>
        (uint)i < (uint)_count && word.Length > 0 && (word[0] >= 128 || (Text[_tokens[i].Start] | 0x20) == (word[0] | 0x20))
        && _tokens[i].Length == word.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="i"/> is a possessive "'s" (straight or curly apostrophe, any case).</summary>
    public bool IsPossessive(int i) =>
        (uint)i < (uint)_count && _tokens[i].Length == 2 && _tokens[i].Kind == TokenKind.Word
        && Text[_tokens[i].Start] is '\'' or '\u2019' && Text[_tokens[i].Start + 1] is 's' or 'S';

    /// <summary>True when token <paramref name="i"/> is the punctuation character <paramref name="c"/>.</summary>
    /// <remarks>The character first: "is it this character" is nearly always no (predicted); "punctuation?" follows the text.</remarks>
    public bool IsChar(int i, char c) =>
        (uint)i < (uint)_count && Text[_tokens[i].Start] == c && _tokens[i].Kind == TokenKind.Punctuation;

    /// <summary>True for a word starting with an upper-case letter.</summary>
    /// <remarks>"al-Amr", "el-Sisi": a lower-case particle joined to a capitalised name counts.</remarks>
    public bool IsCapitalized(int i) => Has(i, WordClass.Capitalized);

    /// <summary>True when token <paramref name="i"/> exists and is a word in one of the lists in <paramref name="wordClass"/>.</summary>
    public bool Has(int i, WordClass wordClass) => (uint)i < (uint)_count && (_classes[i] & wordClass) != 0;

    /// <summary>True for a word token.</summary>
    public bool IsWord(int i) => (uint)i < (uint)_count && _tokens[i].Kind == TokenKind.Word;

    /// <summary>True for a quotation mark token.</summary>
    public bool IsQuoteMark(int i) => (uint)i < (uint)_count && _tokens[i].Kind == TokenKind.QuoteMark;

    /// <summary>Index of the quoted span covering token <paramref name="i"/> (marks included), or -1.</summary>
    public int QuoteOf(int i) => (uint)i < (uint)_count ? _quoteOf[i] : -1;

    /// <summary>True when token <paramref name="i"/> is inside quotation marks.</summary>
    public bool InQuote(int i) => QuoteOf(i) >= 0;

    /// <summary>The <see cref="CaseFold.Hash"/> of word token <paramref name="i"/> (0 for numbers, quotation marks and punctuation).</summary>
    public int HashOf(int i) => _hash[i];

    /// <summary>
    /// True when word token <paramref name="i"/> also appears in the text starting in lower case (any case otherwise).
    /// Not kept for function words, titles and adverbs (always false for them): no caller asks about those.
    /// </summary>
    public bool AppearsInLowerCase(int i) => _lowerCaseWords.Contains(_hash[i]);

    /// <summary>True when token <paramref name="i"/> is a form of a cue verb; gives its lemma.</summary>
    public bool IsCue(int i, out string lemma)
    {
        // Cue words are few: their lemma is looked up again rather than kept for every token.
        lemma = Has(i, WordClass.Cue) ? Lexicon.Find(Word(i)).Lemma ?? string.Empty : string.Empty;
        return lemma.Length > 0;
    }

    /// <summary>True when token <paramref name="i"/> is a form of a cue verb.</summary>
    public bool IsCue(int i) => Has(i, WordClass.Cue);

    /// <summary>The sentence holding token <paramref name="i"/>.</summary>
    public Sentence SentenceAt(int i) => Sentences[_sentenceOf[i]];

    /// <summary>True when a paragraph is a heading or caption line: short and without a final stop.</summary>
    public bool IsHeading(int firstToken, int endToken)
    {
        var last = endToken - 1;
        while (last > firstToken && (Tokens[last].Kind == TokenKind.QuoteMark || IsChar(last, ')')))
        {
            last--;
        }

        var stop = IsChar(last, '.') || IsChar(last, '!') || IsChar(last, '?') || IsChar(last, ':') || IsChar(last, ',');
        return !stop && endToken - firstToken <= 25;
    }

    /// <summary>True when a paragraph is an image caption or credit ("... Image: Mark Rathbun.").</summary>
    public bool IsCaption(int firstToken, int endToken)
    {
        // Only the marks can be the colon: start at the first one after the paragraph's first token.
        var marks = Marks;
        var m = marks.BinarySearch(firstToken + 1);
        for (m = m < 0 ? ~m : m; m < marks.Length && marks[m] < endToken; m++)
        {
            var k = marks[m] - 1;
            if (IsChar(k + 1, ':') && (Is(k, "Image") || Is(k, "Photo") || Is(k, "Credit") || Is(k, "Audio") || Is(k, "Video")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text between two token indexes (end exclusive).</summary>
    public string Slice(int firstToken, int endToken) =>
        endToken <= firstToken ? string.Empty : Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];

    /// <summary>Gives the pooled per-token arrays back; the instance must not be used afterwards.</summary>
    public void Dispose()
    {
        _columns.Dispose();
        ArrayPool<int>.Shared.Return(_sentenceOf);
        ArrayPool<int>.Shared.Return(_quoteOf);
        _lowerCaseWords.Dispose();
        _sentenceOf = [];
        _quoteOf = [];
    }

    // Whole-text scans (NameFinder, Quotes/TokenScan) read these columns without a call per token.

    /// <summary>The word classes of every token, in order.</summary>
    public ReadOnlySpan<WordClass> Classes => _classes.AsSpan(0, _count);

    /// <summary>The <see cref="CaseFold.Hash"/> of every token (0 for numbers, quotation marks and punctuation), in order.</summary>
    public ReadOnlySpan<int> Hashes => _hash.AsSpan(0, _count);
}
