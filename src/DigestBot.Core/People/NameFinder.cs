using System.Numerics;
using System.Runtime.CompilerServices;
using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// Finds runs of capitalised words ("US President Donald Trump", "(Russian President Vladimir) Putin") and splits
/// each into modifiers, title and name. Sentence-initial common words are dropped: a capitalised word that also
/// appears in lower case in the same text is not part of a name.
/// </summary>
internal static class NameFinder
{
    private const int MaxRun = 10;

    /// <summary>Finds the name mentions of a text, in order, in a new list.</summary>
    public static List<NameMention> Find(ParsedText text) => Find(text, []);

    /// <summary>
    /// Finds the name mentions of a text, in order, into <paramref name="mentions"/> (cleared first; the analysis
    /// lends one list per thread, <see cref="NameMentionCache"/>); gives the list.
    /// </summary>
    public static List<NameMention> Find(ParsedText text, List<NameMention> mentions)
    {
        var classes = text.Classes;
        mentions.Clear();
        mentions.EnsureCapacity(classes.Length / 8);

        // Only capitalised tokens can start a run: the mask of each block of 64 tokens leads from one to the next,
        // with no test per token. A run may end in a later block; the bits before its end are cleared.
        var next = 0; // first token not yet in a run
        for (var block = 0; block < classes.Length; block += 64)
        {
            var capitals = next - block >= 64 ? 0 : CapitalMask.Of(classes, block) & (ulong.MaxValue << Math.Max(0, next - block));
            while (capitals != 0)
            {
                var i = block + BitOperations.TrailingZeroCount(capitals);
                var end = RunEnd(text, classes, i);
                var first = i;
                while (first < end && IsCommonWord(text, classes[first], first))
                {
                    first++;
                }

                if (first < end)
                {
                    mentions.Add(Split(text, first, end));
                }

                next = end;
                capitals = end - block >= 64 ? 0 : capitals & (ulong.MaxValue << (end - block));
            }
        }

        return mentions;
    }

    private static int RunEnd(ParsedText text, ReadOnlySpan<WordClass> classes, int i)
    {
        var paragraphOf = text.ParagraphOf;
        var paragraph = paragraphOf[i];
        var limit = Math.Min(i + MaxRun, paragraphOf.Length);
        var j = i;

        // Most runs are a few capitalised words then a lower-case word: one flag test per word; the rarer joins
        // (connectors, brackets, initials) are read only at the word that ends the plain run. (Measuring the plain
        // part sixteen tokens at a time with vectors was slower: runs are short.)
        while (j < limit && paragraphOf[j] == paragraph)
        {
            if ((classes[j] & (WordClass.Capitalized | WordClass.Calendar)) == WordClass.Capitalized)
            {
                j++;
            }
            else if (j > i && JoinsNext(text, j, paragraph))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        // "(Russian President Vladimir) Putin": the opening bracket before the run is part of it.
        while (j > i && (text.IsChar(j - 1, '(') || IsConnector(text, j - 1)))
        {
            j--;
        }

        return j == i ? i + 1 : j;
    }

    // A connector, a closing bracket or an initial's dot before a capitalised word; an opening bracket whose
    // closing one comes before the next capitalised word.
    // Most runs end at a word followed by a lower-case one: that test stays inline, the rest is out of line so the
    // run loop's code stays small and keeps its variables in registers.
    private static bool JoinsNext(ParsedText text, int j, int paragraph) => text.IsCapitalized(j + 1) && JoinsCapitalized(text, j, paragraph);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool JoinsCapitalized(ParsedText text, int j, int paragraph) =>
        (text.ParagraphOf[j + 1] == paragraph && (IsConnector(text, j) || text.IsChar(j, ')') || IsInitialDot(text, j)))
        || (text.IsChar(j, '(') && HasClosingBeforeName(text, j));

    // "K.C. Maurer", "L. Ron Hubbard": the dot after an initial belongs to the name.
    private static bool IsInitialDot(ParsedText text, int j) =>
        text.IsChar(j, '.') && text.IsWord(j - 1) && text.Tokens[j - 1].End == text.Tokens[j].Start
        && (text.Tokens[j - 1].Length == 1 || text.Word(j - 1).Contains('.')) && j + 1 < text.Count
        && text.SentenceOf[j] == text.SentenceOf[j + 1];

    private static bool HasClosingBeforeName(ParsedText text, int open)
    {
        for (var k = open + 1; k < text.Count && k < open + 6; k++)
        {
            if (text.IsChar(k, ')'))
            {
                return text.IsCapitalized(k + 1);
            }
        }

        return false;
    }

    // The possessive test is a call: most tokens fail the inline length test first.
    private static bool IsConnector(ParsedText text, int j) =>
        text.Has(j, WordClass.NameParticle) || text.IsChar(j, '-') || (text.Tokens[j].Length == 2 && text.IsPossessive(j));

    private static bool IsCommonWord(ParsedText text, WordClass classes, int i)
    {
        // Not capitalised (a bracket or a particle cannot start a name), or a function word or adverb: one test.
        if ((classes & (WordClass.Capitalized | WordClass.FunctionWord | WordClass.Adverb)) != WordClass.Capitalized)
        {
            return true;
        }

        return (classes & WordClass.Title) == 0 && AppearsInLowerCase(text, i);
    }

    // Out of line: the hash probe and the case scan would otherwise be copied into the run loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool AppearsInLowerCase(ParsedText text, int i) =>
        text.Tokens[i].Length > 1 && text.AppearsInLowerCase(i) && !IsAllUpper(text.Word(i));

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static NameMention Split(ParsedText text, int first, int end)
    {
        // Only words are in the lists (ParsedText.Has): the flags alone tell, kept without a branch per word.
        // (Reading both from class masks instead of this loop measured the same: runs are short.)
        var lastTitle = -1;
        var lastGroup = -1;
        var classes = text.Classes;
        for (var k = first; k < end; k++)
        {
            lastTitle = (classes[k] & WordClass.Title) != 0 && k < end - 1 ? k : lastTitle;
            lastGroup = (classes[k] & WordClass.Group) != 0 ? k : lastGroup;
        }

        // "Council on American-Islamic Relations Alia Salem": two or more words after the organisation are a person.
        var particleTail = lastGroup >= 0 && text.IsWord(lastGroup + 1) && text.Has(lastGroup + 1, WordClass.NameParticle);
        if (lastGroup >= 0 && end - lastGroup > (particleTail ? 4 : 2) && lastGroup > lastTitle)
        {
            lastTitle = lastGroup;
        }

        if (lastTitle >= 0)
        {
            var nameFirst = SkipMarks(text, lastTitle + 1, end);
            if (lastTitle == lastGroup && end - nameFirst > 3)
            {
                nameFirst = end - 2; // "University of Texas Arlington Amneh Jafari": a name is the last words
            }

            if (nameFirst < end)
            {
                return new NameMention(first, end, nameFirst, EntityKind.Person, lastTitle);
            }
        }

        var start = first;
        if (lastGroup >= 0)
        {
            return new NameMention(first, end, start, EntityKind.Organisation);
        }

        return new NameMention(first, end, start, null);
    }

    private static int SkipMarks(ParsedText text, int i, int end)
    {
        while (i < end && !text.IsCapitalized(i))
        {
            i++;
        }

        return i;
    }
}
