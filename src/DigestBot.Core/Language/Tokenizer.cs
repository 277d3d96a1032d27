using System.Buffers;

namespace DigestBot.Core.Language;

/// <summary>Splits a text into words, numbers, quotation marks and punctuation in one pass.</summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; whitespace is dropped.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>((text.Length / 4) + 8);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c) || (IsApostrophe(c) && IsPossessiveAt(text, i)))
            {
                var start = i;
                i = ScanWord(text, i + 1);
                tokens.Add(new Token(start, i - start, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            tokens.Add(new Token(i, 1, QuoteMarks.IsDouble(c) ? TokenKind.QuoteMark : TokenKind.Punctuation));
            i++;
        }

        return tokens;
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/> as <see cref="Tokenize"/> does, into arrays rented from
    /// <see cref="ArrayPool{T}.Shared"/> that the caller returns, and gives each word and number its
    /// <see cref="CaseFold.Hash"/> (0 for other tokens), computed while scanning, and each word its
    /// <see cref="Lexicon"/> classes and shape, looked up as it ends. Gives the number of tokens.
    /// </summary>
    public static int TokenizePooled(string text, out Token[] tokens, out int[] hashes, out WordClass[] classes)
    {
        tokens = ArrayPool<Token>.Shared.Rent((text.Length / 4) + 8);
        hashes = ArrayPool<int>.Shared.Rent(tokens.Length);
        classes = ArrayPool<WordClass>.Shared.Rent(tokens.Length);
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (count == tokens.Length)
            {
                Grow(ref tokens, ref hashes, ref classes);
            }

            if (char.IsLetterOrDigit(c) || (IsApostrophe(c) && IsPossessiveAt(text, i)))
            {
                var start = i;
                var hash = CaseFold.Add(CaseFold.Start, c);
                i = ScanWord(text, i + 1, ref hash);
                var finished = CaseFold.Finish(hash, i - start);
                hashes[count] = finished;
                if (char.IsDigit(c))
                {
                    classes[count] = WordClass.None;
                    tokens[count++] = new Token(start, i - start, TokenKind.Number);
                }
                else
                {
                    var word = text.AsSpan(start, i - start);
                    classes[count] = Lexicon.Find(word, finished).Classes | Lexicon.ShapeOf(word);
                    tokens[count++] = new Token(start, i - start, TokenKind.Word);
                }

                continue;
            }

            hashes[count] = 0;
            classes[count] = WordClass.None;
            tokens[count++] = new Token(i, 1, QuoteMarks.IsDouble(c) ? TokenKind.QuoteMark : TokenKind.Punctuation);
            i++;
        }

        return count;
    }

    private static void Grow(ref Token[] tokens, ref int[] hashes, ref WordClass[] classes)
    {
        var length = tokens.Length;
        var largerTokens = ArrayPool<Token>.Shared.Rent(length * 2);
        var largerHashes = ArrayPool<int>.Shared.Rent(length * 2);
        var largerClasses = ArrayPool<WordClass>.Shared.Rent(length * 2);
        tokens.AsSpan().CopyTo(largerTokens);
        hashes.AsSpan(0, length).CopyTo(largerHashes);
        classes.AsSpan(0, length).CopyTo(largerClasses);
        ArrayPool<Token>.Shared.Return(tokens);
        ArrayPool<int>.Shared.Return(hashes);
        ArrayPool<WordClass>.Shared.Return(classes);
        tokens = largerTokens;
        hashes = largerHashes;
        classes = largerClasses;
    }

    // ScanWord, also hashing every character it takes into the word.
    private static int ScanWord(string text, int i, ref ulong hash)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                hash = CaseFold.Add(hash, c);
                i++;
                continue;
            }

            var nextIsWordChar = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (IsApostrophe(c) && nextIsWordChar)
            {
                if (IsPossessiveAt(text, i))
                {
                    return i;
                }

                hash = CaseFold.Add(hash, c);
                i++;
                continue;
            }

            if (c is '.' or '-' or '&' or ':' && nextIsWordChar && char.IsLetterOrDigit(text[i - 1]))
            {
                if (c == ':' && !char.IsDigit(text[i - 1]))
                {
                    return i;
                }

                hash = CaseFold.Add(hash, c);
                i++;
                continue;
            }

            return i;
        }

        return i;
    }

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var nextIsWordChar = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (IsApostrophe(c) && nextIsWordChar)
            {
                // "Trump's" splits before the possessive so the name stands alone; "won't" stays whole.
                if (IsPossessiveAt(text, i))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (c is '.' or '-' or '&' or ':' && nextIsWordChar && char.IsLetterOrDigit(text[i - 1]))
            {
                if (c == ':' && !char.IsDigit(text[i - 1]))
                {
                    return i;
                }

                i++;
                continue;
            }

            return i;
        }

        return i;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
}
