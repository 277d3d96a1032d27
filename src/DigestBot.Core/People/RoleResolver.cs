using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// Resolves lower-case speaker phrases: group nouns ("the ministry", "police") to an organisation, "the company"
/// to the company that spoke last, and role nouns ("the Russian leader") to the entity the article ties to the
/// role (by apposition, by a matching title, or, when the role comes first, the next person named as a speaker).
/// </summary>
internal sealed class RoleResolver(ParsedText text, IReadOnlyList<NameMention> mentions, PeopleIndex index, SpeakerHistory history)
{
    private readonly Dictionary<string, Entity> _roles = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Resolves the role or group phrase between <paramref name="first"/> and <paramref name="end"/>.</summary>
    public ResolvedSpeaker Resolve(int first, int end, ReadOnlySpan<(int First, int End)> upcoming)
    {
        var role = RoleText(first, end);
        var head = text.WordString(end - 1);
        if (SpeakerLexicon.IsGroup(head) && !SpeakerLexicon.IsPersonRole(head))
        {
            var org = HasCapital(first, end) ? index.Ensure(role, EntityKind.Organisation, first)
                : index.FindOrganisation(head) ?? LastCompanySpeaker(first, end, head);
            return org is null ? new ResolvedSpeaker(role, null) : new ResolvedSpeaker(org.Name, org);
        }

        var indefinite = text.Is(first, "a") || text.Is(first, "an") || text.Is(first, "one") || text.Is(first, "another");
        var entity = indefinite ? null
            : _roles.GetValueOrDefault(role) ?? ByTitle(role, head) ?? ByMentionTitle(role, head, first) ?? Cataphoric(upcoming);
        if (entity is null)
        {
            return new ResolvedSpeaker(role, null);
        }

        Bind(entity, first, end);
        return new ResolvedSpeaker(entity.Name, entity);
    }

    /// <summary>Ties a role phrase (an appositive) to an entity.</summary>
    public void Bind(Entity entity, int first, int end)
    {
        // The cheap token test first: most bound phrases hold no role noun, and then no role text is built.
        if (!ClauseHasRoleNoun(first, end))
        {
            return;
        }

        var role = RoleText(first, end);
        if (role.Length > 0)
        {
            if (entity.Kind == EntityKind.Organisation && !SpeakerLexicon.IsGroup(role.Split(' ')[^1]))
            {
                entity.Kind = EntityKind.Person; // "Kallas, the EU's top diplomat": a one-word name with a person's role
            }

            entity.AddRole(role);
            _roles[role] = entity;
        }
    }

    // "Ogden Corp said ... The company said ...": "the company", "the firm", "the bank" is the company that spoke
    // last, unless that organisation is of another kind ("the Labor Department").
    private Entity? LastCompanySpeaker(int first, int end, string head)
    {
        if (end - first != 2 || !text.Is(first, "the") || !SpeakerLexicon.IsCompanyNoun(head))
        {
            return null;
        }

        return history.FindLastEntity(e => e.Kind == EntityKind.Organisation && char.IsUpper(e.Name[0])
            && (!SpeakerLexicon.IsGroup(e.Name.AsSpan(e.Name.LastIndexOf(' ') + 1))
                || SpeakerLexicon.IsCompanyNoun(e.Name[(e.Name.LastIndexOf(' ') + 1)..])));
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

    // "Prime Minister Tony Blair ... The prime minister said": the person last named with that title word and
    // every modifier of the role ("home" in "the home secretary") just before the name.
    private Entity? ByMentionTitle(string role, string head, int before)
    {
        var modifiers = role.Split(' ')[..^1];
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.First < before && !text.InQuote(m.First) && m.HasTitle
                && text.Word(m.TitleToken).Equals(head, StringComparison.OrdinalIgnoreCase) && Array.TrueForAll(modifiers, w => Precedes(w, m))
                && index.ForMention(m) is { Kind: EntityKind.Person } e)
            {
                return e;
            }
        }

        return null;
    }

    private bool Precedes(string word, NameMention m)
    {
        for (var k = Math.Max(0, m.First - 2); k < m.NameFirst; k++)
        {
            if (text.IsWord(k) && text.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLeaderNoun(string head) =>
        head.Equals("leader", StringComparison.OrdinalIgnoreCase) || head.Equals("chief", StringComparison.OrdinalIgnoreCase)
        || head.Equals("head", StringComparison.OrdinalIgnoreCase) || head.Equals("president", StringComparison.OrdinalIgnoreCase)
        || head.Equals("premier", StringComparison.OrdinalIgnoreCase) || head.Equals("strongman", StringComparison.OrdinalIgnoreCase)
        || head.Equals("boss", StringComparison.OrdinalIgnoreCase);

    private Entity? Cataphoric(ReadOnlySpan<(int First, int End)> upcoming)
    {
        foreach (var (first, end) in upcoming)
        {
            if (text.IsCapitalized(end - 1) && !text.Has(end - 1, WordClass.Pronoun))
            {
                var mention = MentionLookup.At(mentions, end - 1);
                var words = mention is { } named ? PeopleIndex.NameWords(text, named) : [];
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

    private string RoleText(int first, int end) => RolePhraseText.Of(text, first, end);
}
