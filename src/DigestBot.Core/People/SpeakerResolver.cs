using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// Turns speaker phrases into canonical names, reading the article in order. Names go through the people index
/// (surname to full name, titles dropped, variants merged); "he"/"she" take the most recent speaker of a
/// compatible gender; "they" the most recent group; role nouns ("the Russian leader") the entity the article
/// ties to that role, by apposition, by a matching title ("Russian President"), or, when the role comes first,
/// the next person named as a speaker. One instance per analysis: it keeps state.
/// </summary>
internal sealed class SpeakerResolver(ParsedText text, IReadOnlyList<NameMention> mentions, PeopleIndex index)
{
    private readonly List<Entity> _speakers = [];
    private readonly Dictionary<string, Entity> _roles = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Resolves the speaker phrase between <paramref name="first"/> and <paramref name="end"/>.</summary>
    /// <param name="first">First token of the phrase.</param>
    /// <param name="end">Token just past the phrase.</param>
    /// <param name="upcoming">Later speaker phrases, for a role named before its person.</param>
    public ResolvedSpeaker Resolve(int first, int end, IEnumerable<(int First, int End)> upcoming)
    {
        var head = end - 1;
        ResolvedSpeaker result;
        if (text.Has(head, WordClass.Pronoun))
        {
            result = ResolvePronoun(text.Word(head), first);
        }
        else if (text.IsCapitalized(head))
        {
            result = ResolveName(first, end);
        }
        else
        {
            result = ResolveRole(first, end, upcoming);
        }

        if (result.Entity is not null)
        {
            _speakers.Remove(result.Entity);
            _speakers.Add(result.Entity);
        }

        return result;
    }

    /// <summary>Ties a role phrase (an appositive) to an entity.</summary>
    public void BindRole(Entity entity, int first, int end)
    {
        var role = RoleText(first, end);
        if (role.Length > 0 && ClauseHasRoleNoun(first, end))
        {
            if (entity.Kind == EntityKind.Organisation && !SpeakerLexicon.IsGroup(role.Split(' ')[^1]))
            {
                entity.Kind = EntityKind.Person; // "Kallas, the EU's top diplomat": a one-word name with a person's role
            }

            entity.AddRole(role);
            _roles[role] = entity;
        }
    }

    private ResolvedSpeaker ResolvePronoun(ReadOnlySpan<char> word, int position)
    {
        if (word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("we", StringComparison.OrdinalIgnoreCase))
        {
            var group = _speakers.FindLast(e => e.Kind == EntityKind.Organisation) ?? _speakers.LastOrDefault();
            return group is null ? new ResolvedSpeaker(word.ToString(), null) : new ResolvedSpeaker(group.Name, group);
        }

        var gender = word.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Male;
        var person = PreviousSentencePerson(position, gender)
            ?? _speakers.FindLast(e => CouldBePerson(e) && e.Gender != Opposite(gender))
            ?? LastMentionedPerson(position, gender);
        if (person is null)
        {
            return new ResolvedSpeaker(word.ToString(), null);
        }

        person.Gender = gender;
        person.Kind = EntityKind.Person;
        return new ResolvedSpeaker(person.Name, person);
    }

    // "Harry Kane won the award. He said, ...": the first person named in the sentence before, outside quotes.
    private Entity? PreviousSentencePerson(int position, Gender gender)
    {
        var sentence = text.SentenceOf[position];
        if (sentence == 0)
        {
            return null;
        }

        var previous = text.Sentences[sentence - 1];
        foreach (var m in mentions)
        {
            if (m.First < previous.FirstToken || m.First >= previous.EndToken || text.InQuote(m.First))
            {
                continue;
            }

            if (index.ForMention(m) is { Kind: EntityKind.Person } e)
            {
                return e.Gender != Opposite(gender) ? e : null;
            }

            // A two- or three-word name opening the sentence is its subject, and a person if "he"/"she" follows.
            var words = PeopleIndex.NameWords(text, m);
            if (m.First == previous.FirstToken && m.Kind is null && words.Count is 2 or 3 && text.IsWord(m.End)
                && !text.IsCapitalized(m.End))
            {
                return index.Ensure(string.Join(' ', words), EntityKind.Person, m.First);
            }
        }

        return null;
    }

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

    // A one-word speaker ("Kallas said") is filed as an organisation until "he" or "she" shows it is a person;
    // acronyms and group nouns ("NASA", "Police") never are.
    private static bool CouldBePerson(Entity e) =>
        e.Kind == EntityKind.Person
        || !e.Name.Contains(' ', StringComparison.Ordinal) && !SpeakerLexicon.IsGroup(e.Name) && e.Name.Any(char.IsLower);

    private static Gender Opposite(Gender g) => g == Gender.Male ? Gender.Female : Gender.Male;

    private ResolvedSpeaker ResolveName(int first, int end)
    {
        var mention = FindMention(end - 1);
        var words = mention is null ? [text.WordString(end - 1)] : PeopleIndex.NameWords(text, mention);
        if (words.Count == 0)
        {
            words = [text.WordString(end - 1)];
        }

        var entity = mention is null ? null : index.ForMention(mention);
        var isGroup = words.Exists(w => SpeakerLexicon.IsGroup(w));
        entity ??= isGroup && words.Count == 1 ? index.FindOrganisation(words[0]) : null;
        entity ??= isGroup ? null : index.FindPerson(words[^1]);
        entity ??= index.Ensure(
            string.Join(' ', words),
            words.Count >= 2 && !isGroup ? EntityKind.Person : EntityKind.Organisation,
            first);

        if (entity.Kind == EntityKind.Person)
        {
            entity.AddAlias(words[^1]); // the surname, or a variant spelling of it ("Mauer" for "Maurer")
        }

        // A lower-case role before the name: "curator Elaine Gustafon", "spokeswoman Sujata Raisinghani".
        var nameStart = mention?.First ?? end - 1;
        if (nameStart > first && entity.Kind == EntityKind.Person)
        {
            BindRole(entity, first, nameStart);
        }

        return new ResolvedSpeaker(entity.Name, entity);
    }

    private ResolvedSpeaker ResolveRole(int first, int end, IEnumerable<(int First, int End)> upcoming)
    {
        var role = RoleText(first, end);
        var head = text.WordString(end - 1);
        if (SpeakerLexicon.IsGroup(head) && !SpeakerLexicon.IsPersonRole(head))
        {
            var org = HasCapital(first, end) ? index.Ensure(role, EntityKind.Organisation, first) : index.FindOrganisation(head);
            return org is null ? new ResolvedSpeaker(role, null) : new ResolvedSpeaker(org.Name, org);
        }

        var indefinite = text.Is(first, "a") || text.Is(first, "an") || text.Is(first, "one") || text.Is(first, "another");
        var entity = indefinite ? null : _roles.GetValueOrDefault(role) ?? ByTitle(role, head) ?? Cataphoric(upcoming);
        if (entity is null)
        {
            return new ResolvedSpeaker(role, null);
        }

        BindRole(entity, first, end);
        return new ResolvedSpeaker(entity.Name, entity);
    }

    private Entity? ByTitle(string role, string head)
    {
        var modifiers = role.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).ToList();
        foreach (var e in index.Entities)
        {
            if (e.Kind != EntityKind.Person)
            {
                continue;
            }

            foreach (var seen in e.Roles)
            {
                var words = seen.Split(' ');
                var sameHead = words[^1].Equals(head, StringComparison.OrdinalIgnoreCase);
                var sharedModifier = modifiers.Exists(m => words.Contains(m, StringComparer.OrdinalIgnoreCase));
                var contained = role.Split(' ').All(w => words.Contains(w, StringComparer.OrdinalIgnoreCase));
                if (sharedModifier && (sameHead || IsLeaderNoun(head)) || sameHead && contained)
                {
                    return e;
                }
            }
        }

        return null;
    }

    private static bool IsLeaderNoun(string head) =>
        head.Equals("leader", StringComparison.OrdinalIgnoreCase) || head.Equals("chief", StringComparison.OrdinalIgnoreCase)
        || head.Equals("head", StringComparison.OrdinalIgnoreCase) || head.Equals("president", StringComparison.OrdinalIgnoreCase)
        || head.Equals("premier", StringComparison.OrdinalIgnoreCase) || head.Equals("strongman", StringComparison.OrdinalIgnoreCase)
        || head.Equals("boss", StringComparison.OrdinalIgnoreCase);

    private Entity? Cataphoric(IEnumerable<(int First, int End)> upcoming)
    {
        foreach (var (first, end) in upcoming)
        {
            if (text.IsCapitalized(end - 1) && !text.Has(end - 1, WordClass.Pronoun))
            {
                var mention = FindMention(end - 1);
                var words = mention is null ? [] : PeopleIndex.NameWords(text, mention);
                var person = words.Count == 0 ? null
                    : index.FindPerson(words[^1]) ?? (words.Count >= 2 ? index.Ensure(string.Join(' ', words), EntityKind.Person, first) : null);
                if (person is not null && !_roles.ContainsValue(person))
                {
                    return person;
                }
            }
        }

        return null;
    }

    private NameMention? FindMention(int token)
    {
        foreach (var m in mentions)
        {
            if (m.First <= token && token < m.End)
            {
                return m;
            }
        }

        return null;
    }

    private bool HasCapital(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (text.IsCapitalized(k) && !text.Has(k, WordClass.Determiner))
            {
                return true;
            }
        }

        return false;
    }

    private bool ClauseHasRoleNoun(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (text.IsWord(k) && (text.Has(k, WordClass.PersonRole) || text.Has(k, WordClass.Title)))
            {
                return true;
            }
        }

        return false;
    }

    private string RoleText(int first, int end)
    {
        while (first < end && text.IsWord(first) && text.Has(first, WordClass.Determiner))
        {
            first++;
        }

        var words = new List<string>(end - first);
        for (var k = first; k < end; k++)
        {
            if (text.IsPossessive(k) && words.Count > 0)
            {
                words[^1] += text.WordString(k);
            }
            else if (text.IsWord(k) || text.Tokens[k].Kind == TokenKind.Number)
            {
                words.Add(text.WordString(k));
            }
        }

        return string.Join(' ', words);
    }
}
