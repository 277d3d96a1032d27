using System.Runtime.CompilerServices;
using DigestBot.Core.People;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Language;

/// <summary>
/// Every word list of the engine in one case-insensitive table, so a token is looked up once (when the text is
/// parsed) instead of once per list per rule.
/// </summary>
internal static class Lexicon
{
    /// <summary>The table of every listed word (a perfect hash, see <see cref="LexiconTable"/>), for a loop over many words (<see cref="WordClassPass"/>).</summary>
    public static LexiconTable Table { get; } = LexiconTable.Build(Words());

    /// <summary>Every listed word with its entry (a fresh copy, for tests and tools).</summary>
    internal static IReadOnlyDictionary<string, LexiconEntry> Entries => Words();

    /// <summary>The lists <paramref name="word"/> belongs to and, for a cue verb, its lemma.</summary>
    public static LexiconEntry Find(ReadOnlySpan<char> word) => Table.Find(word);

    /// <summary>The classes alone of <paramref name="word"/>, given its <see cref="WordKey"/>: the tokenizer's lookup.</summary>
    public static WordClass ClassesOf(in WordKey key, ReadOnlySpan<char> word) => Table.FindClasses(key, word);

    /// <summary>The shape classes of a word: initial case and "-ly" ending.</summary>
    public static WordClass ShapeOf(ReadOnlySpan<char> word) => word.IsEmpty ? WordClass.None : InitialShapeOf(word) | EndingShapeOf(word);

    /// <summary>The case of a non-empty word's first letter (a particle joined to a name counts as capitalised).</summary>
    public static WordClass InitialShapeOf(ReadOnlySpan<char> word)
    {
        var first = word[0];
        if (char.IsAsciiLetterUpper(first))
        {
            return WordClass.Capitalized;
        }

        var shape = char.IsAsciiLetterLower(first) || first >= 128 && char.IsLower(first) ? WordClass.LowerInitial : WordClass.None;
        if (first >= 128 && char.IsUpper(first) || IsParticleJoinedToName(word))
        {
            shape |= WordClass.Capitalized;
        }

        return shape;
    }

    /// <summary>The "-ly" ending classes of a word.</summary>
    public static WordClass EndingShapeOf(ReadOnlySpan<char> word)
    {
        if (word.Length >= 2 && (word[^1] | 0x20) == 'y' && (word[^2] | 0x20) == 'l' && CaseFold.Fold(word[^2]) == 'l' && CaseFold.Fold(word[^1]) == 'y')
        {
            return word.Length > 4 ? WordClass.EndsInLy | WordClass.Adverb : WordClass.EndsInLy;
        }

        return WordClass.None;
    }

    /// <summary>
    /// "al-Amr", "el-Sisi": a short lower-case particle joined by a hyphen to a capitalised name. Three fixed tests,
    /// not a loop: almost every word fails all three, so the branches predict well.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsParticleJoinedToName(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        var hyphen = n > 1 && word[1] == '-' ? 1 : n > 2 && word[2] == '-' ? 2 : n > 3 && word[3] == '-' ? 3 : -1;
        return hyphen > 0 && hyphen + 1 < n && char.IsUpper(word[hyphen + 1]);
    }

    private static Dictionary<string, LexiconEntry> Words()
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
