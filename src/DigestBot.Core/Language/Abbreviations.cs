using System.Collections.Frozen;

namespace DigestBot.Core.Language;

/// <summary>Words that end with a dot without ending the sentence ("Mr.", "Jan.", "Inc.").</summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm",
        "rep", "sen", "gov", "rev", "hon", "pres", "supt", "insp", "det", "mt", "ft", "no", "nos", "vs", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "inc", "corp", "ltd", "co", "bros", "dept", "univ", "fig", "al", "etc", "cf", "ca", "est");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // The words' CaseFold hashes: most words before a stop are no abbreviation, and one probe of this set says so
    // instead of the frozen set's hash and string compares. It lives as long as the process, so it is never disposed.
    private static readonly WordHashSet WordHashes = HashesOf(Words);

    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A",
        "An", "On", "At", "His", "Her", "Their", "Its", "According", "After", "However", "Meanwhile");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a dot after <paramref name="word"/> does not end a sentence.</summary>
    /// <param name="word">The word just before the dot.</param>
    /// <param name="nextWord">The word after the dot, if any.</param>
    public static bool KeepsSentenceOpen(ReadOnlySpan<char> word, ReadOnlySpan<char> nextWord) =>
        KeepsSentenceOpen(word, CaseFold.Hash(word), nextWord);

    /// <summary>True when a dot after <paramref name="word"/>, whose <see cref="CaseFold.Hash"/> is given, does not end a sentence.</summary>
    /// <param name="word">The word just before the dot.</param>
    /// <param name="wordHash">The word's <see cref="CaseFold.Hash"/> (the parsed text's hash column holds it).</param>
    /// <param name="nextWord">The word after the dot, if any.</param>
    public static bool KeepsSentenceOpen(ReadOnlySpan<char> word, int wordHash, ReadOnlySpan<char> nextWord)
    {
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return nextWord.Length > 0; // an initial when a name follows: "L. Ron Hubbard"; "platform X. "The" ends
        }

        if (word.Contains('.'))
        {
            // "U.S." ends a sentence only when a typical sentence opener follows.
            return !StarterLookup.Contains(nextWord);
        }

        // Words equal under OrdinalIgnoreCase have equal hashes: a hash not in the table rules the word out.
        return WordHashes.Contains(wordHash) && Lookup.Contains(word);
    }

    private static WordHashSet HashesOf(FrozenSet<string> words)
    {
        var hashes = new WordHashSet(words.Count);
        foreach (var word in words)
        {
            hashes.Add(CaseFold.Hash(word));
        }

        return hashes;
    }
}
