using DigestBot.Core.Language;

namespace DigestBot.Core.Quotes;

/// <summary>
/// A short fixed list of words tested at one token: the token's precomputed hash is compared with the list's hashes
/// (one vectorised search) and only a hash hit is confirmed word by word.
/// </summary>
/// <remarks>
/// A chain of <see cref="ParsedText.Is"/> calls compares text for every list word of the token's length ("the"
/// against "has", "had", "was", "are"); most tokens match none, and their hash says so at once. Words equal under
/// OrdinalIgnoreCase have equal hashes, so the answer is the chain's.
/// </remarks>
internal sealed class WordList
{
    private readonly string[] _words;
    private readonly int[] _hashes;

    /// <summary>Creates the list.</summary>
    public WordList(params string[] words)
    {
        _words = words;
        _hashes = Array.ConvertAll(words, w => CaseFold.Hash(w));
    }

    /// <summary>True when token <paramref name="i"/> exists and is one of the words (any case).</summary>
    public bool Contains(ParsedText text, int i) =>
        (uint)i < (uint)text.Count && _hashes.AsSpan().Contains(text.HashOf(i)) && Confirm(text, i);

    private bool Confirm(ParsedText text, int i)
    {
        foreach (var word in _words)
        {
            if (text.Is(i, word))
            {
                return true;
            }
        }

        return false;
    }
}
