using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// The words a text uses in lower case, as case-folded hashes: "Recent" opening a sentence is a common word when
/// "recent" appears elsewhere. Only lower-case words whose length and first letter match some capitalised word are
/// hashed, so most of the text costs one table probe; a rare hash collision only drops one sentence-initial word
/// from a name.
/// </summary>
internal sealed class LowerCaseWords
{
    private const int MaxLength = 63;

    private readonly HashSet<int> _hashes;

    /// <summary>Collects the lower-case words of <paramref name="text"/> that could match a capitalised one.</summary>
    public LowerCaseWords(ParsedText text)
    {
        // Bit (length) of shapes[first letter]: some capitalised word has that length and first letter.
        Span<ulong> shapes = stackalloc ulong[27];
        shapes.Clear();
        for (var i = 0; i < text.Count; i++)
        {
            if (text.IsCapitalized(i))
            {
                var word = text.Word(i);
                shapes[Bucket(word[0])] |= 1UL << Math.Min(word.Length, MaxLength);
            }
        }

        _hashes = new HashSet<int>(64);
        for (var i = 0; i < text.Count; i++)
        {
            if (text.Has(i, WordClass.LowerInitial))
            {
                var word = text.Word(i);
                if ((shapes[Bucket(word[0])] & (1UL << Math.Min(word.Length, MaxLength))) != 0)
                {
                    _hashes.Add(text.HashOf(i));
                }
            }
        }
    }

    /// <summary>True when word token <paramref name="i"/> appears in lower case in the text (ignoring case).</summary>
    public bool Contains(ParsedText text, int i) => _hashes.Contains(text.HashOf(i));

    private static int Bucket(char c) => CaseFold.Fold(c) is var f and >= 'a' and <= 'z' ? f - 'a' : 26;
}
