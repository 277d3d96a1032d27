namespace DigestBot.Core.Language;

/// <summary>A text with its tokens, paragraphs, sentences and quoted spans: the shared input of every rule.</summary>
internal sealed class ParsedText
{
    private readonly int[] _quoteOf;
    private readonly string?[] _cueLemma;

    private ParsedText(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        ParagraphOf = SentenceSplitter.ParagraphOfTokens(text, Tokens);
        Sentences = SentenceSplitter.Split(text, Tokens, ParagraphOf);
        SentenceOf = new int[Tokens.Count];
        for (var s = 0; s < Sentences.Count; s++)
        {
            Array.Fill(SentenceOf, s, Sentences[s].FirstToken, Sentences[s].EndToken - Sentences[s].FirstToken);
        }

        _cueLemma = new string?[Tokens.Count];
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind == TokenKind.Word && CueVerbs.TryGetLemma(Word(i), out var lemma))
            {
                _cueLemma[i] = lemma;
            }
        }

        Quotes = QuotedSpanFinder.Find(text, Tokens, ParagraphOf);
        _quoteOf = new int[Tokens.Count];
        Array.Fill(_quoteOf, -1);
        for (var q = 0; q < Quotes.Count; q++)
        {
            Array.Fill(_quoteOf, q, Quotes[q].FirstToken, Quotes[q].EndToken - Quotes[q].FirstToken);
        }
    }

    /// <summary>The analysed text.</summary>
    public string Text { get; }

    /// <summary>All tokens in order.</summary>
    public List<Token> Tokens { get; }

    /// <summary>Paragraph index per token.</summary>
    public int[] ParagraphOf { get; }

    /// <summary>Sentences in order.</summary>
    public List<Sentence> Sentences { get; }

    /// <summary>Sentence index per token.</summary>
    public int[] SentenceOf { get; }

    /// <summary>Quoted spans in order.</summary>
    public List<QuotedSpan> Quotes { get; }

    /// <summary>Number of tokens.</summary>
    public int Count => Tokens.Count;

    /// <summary>Parses a text.</summary>
    public static ParsedText Parse(string text) => new(text);

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>The token as a string.</summary>
    public string WordString(int i) => Text.Substring(Tokens[i].Start, Tokens[i].Length);

    /// <summary>True when token <paramref name="i"/> exists and equals <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int i, string word) =>
        i >= 0 && i < Tokens.Count && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="i"/> is the punctuation character <paramref name="c"/>.</summary>
    public bool IsChar(int i, char c) =>
        i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] == c;

    /// <summary>True for a word starting with an upper-case letter.</summary>
    public bool IsCapitalized(int i)
    {
        if (i < 0 || i >= Tokens.Count || Tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        // "al-Amr", "el-Sisi": a lower-case particle joined to a capitalised name.
        var word = Word(i);
        var hyphen = word.IndexOf('-');
        return char.IsUpper(word[0]) || hyphen is > 0 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]);
    }

    /// <summary>True for a word token.</summary>
    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Word;

    /// <summary>True for a quotation mark token.</summary>
    public bool IsQuoteMark(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.QuoteMark;

    /// <summary>Index of the quoted span covering token <paramref name="i"/> (marks included), or -1.</summary>
    public int QuoteOf(int i) => i >= 0 && i < _quoteOf.Length ? _quoteOf[i] : -1;

    /// <summary>True when token <paramref name="i"/> is inside quotation marks.</summary>
    public bool InQuote(int i) => QuoteOf(i) >= 0;

    /// <summary>True when token <paramref name="i"/> is a form of a cue verb; gives its lemma.</summary>
    public bool IsCue(int i, out string lemma)
    {
        lemma = i >= 0 && i < _cueLemma.Length ? _cueLemma[i] ?? string.Empty : string.Empty;
        return lemma.Length > 0;
    }

    /// <summary>True when token <paramref name="i"/> is a form of a cue verb.</summary>
    public bool IsCue(int i) => i >= 0 && i < _cueLemma.Length && _cueLemma[i] is not null;

    /// <summary>The sentence holding token <paramref name="i"/>.</summary>
    public Sentence SentenceAt(int i) => Sentences[SentenceOf[i]];

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
        for (var k = firstToken; k + 1 < endToken; k++)
        {
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
}
