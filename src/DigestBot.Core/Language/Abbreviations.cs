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

    // The words' CaseFold hashes in a 256-slot open-addressing table (0 = empty): most words before a stop are no
    // abbreviation, and one probe of it says so instead of the frozen set's hash and string compares.
    private const int HashSlots = 256;
    private static readonly int[] WordHashes = HashTableOf(Words);

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
        return HasHash(wordHash) && Lookup.Contains(word);
    }

    private static bool HasHash(int hash)
    {
        var slot = hash & (HashSlots - 1);
        var seen = WordHashes[slot];
        while ((seen != 0) & (seen != hash))
        {
            slot = (slot + 1) & (HashSlots - 1);
            seen = WordHashes[slot];
        }

        return seen == hash;
    }

    private static int[] HashTableOf(FrozenSet<string> words)
    {
        var table = new int[HashSlots];
        foreach (var word in words)
        {
            var hash = CaseFold.Hash(word);
            var slot = hash & (HashSlots - 1);
            while (table[slot] != 0 && table[slot] != hash)
            {
                slot = (slot + 1) & (HashSlots - 1);
            }

            table[slot] = hash;
        }

        return table;
    }
}
