using System.Numerics;
using DigestBot.Core.People;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Language;

/// <summary>
/// Every word list of the engine in one case-insensitive table, so a token is looked up once (when the text is
/// parsed) instead of once per list per rule.
/// </summary>
internal static class Lexicon
{
    // Open addressing over the folded hash, at most a quarter full: most words probe one empty slot.
    private static readonly (string?[] Keys, LexiconEntry[] Values) Table = BuildTable();

    private static readonly int Mask = Table.Keys.Length - 1;

    /// <summary>The lists <paramref name="word"/> belongs to and, for a cue verb, its lemma.</summary>
    public static LexiconEntry Find(ReadOnlySpan<char> word) => Find(word, CaseFold.Hash(word));

    /// <summary>As <see cref="Find(ReadOnlySpan{char})"/>, given the word's <see cref="CaseFold.Hash"/>.</summary>
    public static LexiconEntry Find(ReadOnlySpan<char> word, int hash)
    {
        var keys = Table.Keys;
        for (var slot = hash & Mask; keys[slot] is { } key; slot = (slot + 1) & Mask)
        {
            if (CaseFold.EqualsFolded(word, key))
            {
                return Table.Values[slot];
            }
        }

        return default;
    }

    /// <summary>The shape classes of a word: initial case and "-ly" ending.</summary>
    public static WordClass ShapeOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return WordClass.None;
        }

        var shape = char.IsLower(word[0]) ? WordClass.LowerInitial : WordClass.None;
        if (char.IsUpper(word[0]))
        {
            shape |= WordClass.Capitalized;
        }
        else
        {
            // "al-Amr", "el-Sisi": a lower-case particle joined to a capitalised name counts as capitalised.
            var hyphen = word[..Math.Min(word.Length, 4)].IndexOf('-');
            if (hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]))
            {
                shape |= WordClass.Capitalized;
            }
        }

        if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            shape |= word.Length > 4 ? WordClass.EndsInLy | WordClass.Adverb : WordClass.EndsInLy;
        }

        return shape;
    }

    private static (string?[] Keys, LexiconEntry[] Values) BuildTable()
    {
        var entries = Build();
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)entries.Count * 4);
        var keys = new string?[size];
        var values = new LexiconEntry[size];
        foreach (var (word, entry) in entries)
        {
            var folded = string.Create(word.Length, word, static (span, w) =>
            {
                for (var i = 0; i < w.Length; i++)
                {
                    span[i] = CaseFold.Fold(w[i]);
                }
            });
            var slot = CaseFold.Hash(folded) & (size - 1);
            while (keys[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            keys[slot] = folded;
            values[slot] = entry;
        }

        return (keys, values);
    }

    private static Dictionary<string, LexiconEntry> Build()
    {
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, lemma) in CueVerbs.Forms)
        {
            entries[form] = new LexiconEntry(WordClass.Cue, lemma);
        }

        Add(entries, SpeakerLexicon.TitleWords, WordClass.Title);
        Add(entries, SpeakerLexicon.PersonRoleNouns, WordClass.PersonRole);
        Add(entries, SpeakerLexicon.GroupNouns, WordClass.Group);
        Add(entries, SpeakerLexicon.PronounWords, WordClass.Pronoun);
        Add(entries, SpeakerLexicon.Determiners, WordClass.Determiner);
        Add(entries, SpeakerLexicon.NameParticles, WordClass.NameParticle);
        Add(entries, SpeakerLexicon.CalendarWords, WordClass.Calendar);
        Add(entries, SpeakerLexicon.FunctionWords, WordClass.FunctionWord);
        Add(entries, SubjectFinder.Skippable, WordClass.SubjectSkippable);
        Add(entries, SubjectFinder.Boundaries, WordClass.SubjectBoundary);
        Add(entries, ReportedSpeechRule.NotClauseStarts, WordClass.NotClauseStart);
        return entries;
    }

    private static void Add(Dictionary<string, LexiconEntry> entries, IEnumerable<string> words, WordClass wordClass)
    {
        foreach (var word in words)
        {
            var entry = entries.GetValueOrDefault(word);
            entries[word] = entry with { Classes = entry.Classes | wordClass };
        }
    }
}
