using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// The people and organisations of one article. Full names are keyed by surname so "Kallas" finds "Kaja Kallas"
/// and spelling variants merge; a title ("President Trump") is kept as an alias, never in the name.
/// </summary>
internal sealed class PeopleIndex
{
    private readonly List<Entity> _entities = [];
    private readonly Dictionary<int, Entity> _byMention = new(64);

    /// <summary>All entities in order of first mention.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>Builds the index from the name mentions of a text.</summary>
    public static PeopleIndex Build(ParsedText text, IReadOnlyList<NameMention> mentions)
    {
        var index = new PeopleIndex();
        var singles = new HashSet<string>(mentions.Count, StringComparer.Ordinal);
        var singleLookup = singles.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[SurnameKey.MaxStackLength];
        Span<NameShape> shapes = mentions.Count <= 256 ? stackalloc NameShape[mentions.Count] : new NameShape[mentions.Count];
        for (var n = 0; n < mentions.Count; n++)
        {
            var shape = shapes[n] = NameShape.Of(text, mentions[n]);
            if (shape.Words == 1)
            {
                singleLookup.Add(SurnameKey.Of(text.Word(shape.LastWord), buffer));
            }
        }

        for (var n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            var shape = shapes[n];
            if (shape.Words == 0)
            {
                continue;
            }

            var key = SurnameKey.Of(text.Word(shape.LastWord), buffer);
            var known = index.FindPerson(key);
            var isPerson = m.Kind == EntityKind.Person
                || (m.Kind is null && shape.Words is >= 2 and <= 4 && !shape.EndsInRoleWord(text)
                    && (singleLookup.Contains(key) || known is not null || HasPersonContext(text, m)))
                || (m.Kind is null && shape.Words == 1 && known is not null);
            if (isPerson)
            {
                index._byMention[m.First] = index.AddPerson(NameWords(text, m), m, known);
            }
            else if (m.Kind == EntityKind.Organisation)
            {
                index._byMention[m.First] = index.Ensure(string.Join(' ', NameWords(text, m)), EntityKind.Organisation, m.First);
            }
        }

        return index;
    }

    /// <summary>The entity a name mention was filed under, if any.</summary>
    public Entity? ForMention(NameMention mention) => _byMention.GetValueOrDefault(mention.First);

    /// <summary>The person whose surname (or a variant of it) is <paramref name="surname"/>.</summary>
    public Entity? FindPerson(string surname)
    {
        Span<char> buffer = stackalloc char[SurnameKey.MaxStackLength];
        return FindPerson(SurnameKey.Of(surname, buffer));
    }

    /// <summary>Finds an entity by exact name (any case), or adds one.</summary>
    public Entity Ensure(string name, EntityKind kind, int firstToken)
    {
        foreach (var e in _entities)
        {
            if (e.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || e.HasAlias(name))
            {
                return e;
            }
        }

        var entity = new Entity(name, kind, firstToken);
        _entities.Add(entity);
        return entity;
    }

    /// <summary>The organisation whose name holds <paramref name="head"/> ("the Church" -> "Church of Scientology").</summary>
    public Entity? FindOrganisation(string head)
    {
        for (var i = _entities.Count - 1; i >= 0; i--)
        {
            var e = _entities[i];
            if (e.Kind != EntityKind.Organisation)
            {
                continue;
            }

            foreach (var range in e.Name.AsSpan().Split(' '))
            {
                if (e.Name.AsSpan(range).Equals(head, StringComparison.OrdinalIgnoreCase))
                {
                    return e;
                }
            }
        }

        return null;
    }

    /// <summary>The public list.</summary>
    public IReadOnlyList<Person> ToPeople() => [.. _entities.Select(e => e.ToPerson())];

    /// <summary>The words of the bare name of a mention: after title and possessive, brackets dropped.</summary>
    public static List<string> NameWords(ParsedText text, NameMention m)
    {
        var start = m.NameFirst;
        for (var k = m.NameFirst; k < m.End; k++)
        {
            if (text.IsPossessive(k))
            {
                start = k + 1;
            }
        }

        var words = new List<string>(m.End - start);
        for (var k = start; k < m.End; k++)
        {
            if (text.IsWord(k))
            {
                words.Add(text.WordString(k));
            }
            else if (text.IsChar(k, '.') && words.Count > 0)
            {
                words[^1] += "."; // an initial: "K.C. Maurer"
            }
        }

        return words;
    }

    // "musician Tiziano Lugli", "Daniel Montalvo, 19,", "Steve Whitmore, a representative for": a role noun before
    // the name, or an age or a role in apposition after it.
    private static bool HasPersonContext(ParsedText text, NameMention m)
    {
        var before = m.First - 1;
        if (text.IsWord(before) && !text.IsCapitalized(before) && text.Has(before, WordClass.PersonRole))
        {
            return true;
        }

        if (!text.IsChar(m.End, ','))
        {
            return false;
        }

        var next = m.End + 1;
        if (next < text.Count && text.Tokens[next].Kind == TokenKind.Number && text.IsChar(next + 1, ','))
        {
            return true;
        }

        for (var k = next; k < text.Count && k < next + 4 && text.IsWord(k); k++)
        {
            if (!text.IsCapitalized(k) && text.Has(k, WordClass.PersonRole))
            {
                return true;
            }
        }

        return false;
    }

    // A one-word speaker filed as an organisation until shown otherwise ("Maurer said"); not "NASA", not "Police".
    private static bool IsBareName(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && HasLower(name) && !SpeakerLexicon.IsGroup(name);

    private static bool HasLower(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // Entities are few (tens per article): a scan with the cheap key test first beats keeping a second index.
    private Entity? FindPerson(ReadOnlySpan<char> key)
    {
        foreach (var e in _entities)
        {
            // Variants share their first letter and differ in length by at most one: most entities fail that.
            var known = e.SurnameKey;
            if (known.Length == 0 || key.Length == 0 ? known.Length != key.Length : known[0] != key[0] || Math.Abs(known.Length - key.Length) > 1)
            {
                continue;
            }

            if (SurnameKey.AreVariants(known, key) && (e.Kind == EntityKind.Person || IsBareName(e.Name)))
            {
                return e;
            }
        }

        return null;
    }

    private static bool IsHonorific(string role) =>
        IsAny(role, "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof");

    private static bool IsAny(string word, params ReadOnlySpan<string> forms)
    {
        foreach (var form in forms)
        {
            if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private Entity AddPerson(List<string> words, NameMention m, Entity? known)
    {
        var name = string.Join(' ', words);
        var entity = known;
        if (entity is null)
        {
            entity = new Entity(name, EntityKind.Person, m.First);
            _entities.Add(entity);
        }
        else if (words.Count > entity.NameWords)
        {
            entity.Rename(name);
        }
        else
        {
            entity.AddAlias(name);
        }

        entity.Kind = EntityKind.Person;
        entity.AddAlias(words[^1]);
        if (m.Title is not null)
        {
            if (words.Count == 1)
            {
                entity.AddAlias(m.Title + " " + words[^1]);
            }

            entity.Gender = IsAny(m.Title, "mr") ? Gender.Male : IsAny(m.Title, "mrs", "ms", "miss") ? Gender.Female : entity.Gender;
        }

        if (m.Role is { Length: > 0 } role && !IsHonorific(role) && role.Contains(' ', StringComparison.Ordinal))
        {
            entity.AddRole(role);
        }

        return entity;
    }
}
