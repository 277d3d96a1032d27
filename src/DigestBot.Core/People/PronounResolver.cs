using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// Resolves "he", "she", "they" and "we" to an earlier speaker or person. A pronoun is never a speaker's name:
/// when nothing earlier fits, the result is empty and the statement is dropped.
/// </summary>
internal sealed class PronounResolver(ParsedText text, IReadOnlyList<NameMention> mentions, PeopleIndex index, SpeakerHistory history)
{
    private static readonly ResolvedSpeaker Unresolved = new(string.Empty, null);

    /// <summary>Resolves <paramref name="word"/>, the pronoun at <paramref name="position"/>.</summary>
    public ResolvedSpeaker Resolve(ReadOnlySpan<char> word, int position)
    {
        if (word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("we", StringComparison.OrdinalIgnoreCase))
        {
            // "Industry sources said ... They said ...": a group, never one person.
            return history.FindLast(IsGroupSpeaker) ?? Unresolved;
        }

        var gender = word.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Male;
        var person = PreviousSentencePerson(position, gender);
        if (person is null)
        {
            var recent = RecentPersonSpeaker(gender);
            if (recent is { Entity: null })
            {
                return recent; // "a board spokesman said ... 'They're all lower,' he said."
            }

            person = recent?.Entity ?? LastMentionedPerson(position, gender);
        }

        if (person is null)
        {
            return Unresolved;
        }

        person.Gender = gender;
        person.Kind = EntityKind.Person;
        return new ResolvedSpeaker(person.Name, person);
    }

    // The most recent speaker who could be "he" or "she": a loop over the history rather than a predicate capturing
    // the gender (a closure allocated per pronoun).
    private ResolvedSpeaker? RecentPersonSpeaker(Gender gender)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var s = history[i];
            if (s.Entity is { } e ? CouldBePerson(e) && e.Gender != Opposite(gender) : IsPersonRolePhrase(s.Name))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>True for a speaker "they" can mean: an organisation, or a group phrase ("officials").</summary>
    public static bool IsGroupSpeaker(ResolvedSpeaker s) =>
        s.Entity is { } e ? e.Kind == EntityKind.Organisation : SpeakerLexicon.IsGroup(LastWord(s.Name));

    // A one-word speaker ("Kallas said") is filed as an organisation until "he" or "she" shows it is a person.
    private static bool CouldBePerson(Entity e) => e.Kind == EntityKind.Person || e.IsBareName;

    private static bool IsPersonRolePhrase(string phrase)
    {
        var head = LastWord(phrase);
        return SpeakerLexicon.IsPersonRole(head) && !SpeakerLexicon.IsGroup(head);
    }

    private static ReadOnlySpan<char> LastWord(string phrase) => phrase.AsSpan(phrase.LastIndexOf(' ') + 1);

    private static Gender Opposite(Gender g) => g == Gender.Male ? Gender.Female : Gender.Male;

    // "Harry Kane won the award. He said, ...": the first person named in the sentence before, outside quotes,
    // as its subject: a name after a preposition or an article ("worked with Mr Cantalupo", "the United squad")
    // is not one.
    private Entity? PreviousSentencePerson(int position, Gender gender)
    {
        var sentence = text.SentenceOf[position];
        if (sentence == 0)
        {
            return null;
        }

        var previous = text.Sentences[sentence - 1];
        // Mentions are in text order: visit only the previous sentence's.
        for (var i = MentionLookup.FirstFrom(mentions, previous.FirstToken); i < mentions.Count && mentions[i].First < previous.EndToken; i++)
        {
            var m = mentions[i];
            if (text.InQuote(m.First)
                || m.First > previous.FirstToken && IsObjectPosition(m.First - 1, previous.FirstToken))
            {
                continue;
            }

            if (index.ForMention(m) is { Kind: EntityKind.Person } e)
            {
                return e.Gender != Opposite(gender) ? e : null;
            }

            // A two- or three-word name opening the sentence (or its first phrase) is its subject, and a person if "he"/"she" follows.
            var words = PeopleIndex.NameWords(text, m);
            if (m.First <= previous.FirstToken + 1 && m.Kind is null && words.Count is 2 or 3
                && (text.IsWord(m.End) && !text.IsCapitalized(m.End) || text.IsChar(m.End, ',')))
            {
                return index.Ensure(string.Join(' ', words), EntityKind.Person, m.First);
            }
        }

        return null;
    }

    // "For Kevin Allton, Warhol was a legend. He said": a sentence-opening phrase names its topic, so only a
    // preposition inside the sentence marks an object.
    private bool IsObjectPosition(int before, int sentenceFirst) =>
        text.IsWord(before) && (text.Has(before, WordClass.Determiner)
            || before > sentenceFirst && text.Has(before, WordClass.NotClauseStart));

    private Entity? LastMentionedPerson(int position, Gender gender)
    {
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            if (mentions[m].First < position && !text.InQuote(mentions[m].First)
                && index.ForMention(mentions[m]) is { Kind: EntityKind.Person } e && e.Gender != Opposite(gender))
            {
                return e;
            }
        }

        return null;
    }
}
