using System.Runtime.CompilerServices;
using DigestBot.Core.Language;
using DigestBot.Core.Pooling;

namespace DigestBot.Core.People;

/// <summary>
/// The people and organisations of one article. Full names are keyed by surname so "Kallas" finds "Kaja Kallas"
/// and spelling variants merge; a title ("President Trump") is kept as an alias, never in the name.
/// </summary>
internal sealed class PeopleIndex
{
    // Lists given back by the last index of this thread (Release, through ThreadSpare), so the next article's index
    // reuses their arrays instead of allocating three lists per article; lists grown past this many items are not kept.
    private const int MaxKeptCapacity = 1024;

    private readonly Lists _lists;
    private readonly List<Entity> _entities;
    // Filed mentions by first token, sorted: they arrive in text order, so filing appends and lookup is a binary
    // search, with no dictionary to allocate per article.
    private readonly List<int> _filedFirsts;
    private readonly List<Entity> _filedEntities;
    private SurnameKeyFilter _surnames;

    /// <summary>An empty index for about <paramref name="mentions"/> name mentions.</summary>
    public PeopleIndex(int mentions = 16)
    {
        // About a third of the mentions are filed (most are places and things): half of them is room enough on the
        // dev set and saves a sixth of the index's allocation; a list still grows if an article files more.
        _lists = ThreadSpare<Lists>.Take() ?? new Lists([], new List<int>((mentions / 2) + 4), new List<Entity>((mentions / 2) + 4));
        (_entities, _filedFirsts, _filedEntities) = (_lists.Entities, _lists.FiledFirsts, _lists.FiledEntities);
    }

    /// <summary>All entities in order of first mention.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>Builds the index from the name mentions of a text (<see cref="PeopleIndexBuilder"/>).</summary>
    public static PeopleIndex Build(ParsedText text, List<NameMention> mentions) => PeopleIndexBuilder.Build(text, mentions);

    /// <summary>The entity a name mention was filed under, if any.</summary>
    public Entity? ForMention(NameMention mention)
    {
        var at = _filedFirsts.BinarySearch(mention.First);
        return at >= 0 ? _filedEntities[at] : null;
    }

    /// <summary>The person whose surname (or a variant of it) is <paramref name="surname"/>.</summary>
    public Entity? FindPerson(string surname)
    {
        Span<char> buffer = stackalloc char[SurnameKey.MaxStackLength];
        return FindPerson(SurnameKey.Of(surname, buffer));
    }

    /// <summary>Finds an entity by exact name (any case), or adds one.</summary>
    public Entity Ensure(string name, EntityKind kind, int firstToken) => Named(name) ?? Add(name, kind, firstToken);

    /// <summary>As <see cref="Ensure(string, EntityKind, int)"/>, making the name string only for a new entity.</summary>
    public Entity Ensure(ReadOnlySpan<char> name, EntityKind kind, int firstToken) => Named(name) ?? Add(name.ToString(), kind, firstToken);

    /// <summary>Records the entity a name mention was filed under.</summary>
    public void File(NameMention mention, Entity entity)
    {
        var at = _filedFirsts.Count == 0 || _filedFirsts[^1] < mention.First ? ~_filedFirsts.Count : _filedFirsts.BinarySearch(mention.First);
        if (at >= 0)
        {
            _filedEntities[at] = entity;
            return;
        }

        _filedFirsts.Insert(~at, mention.First);
        _filedEntities.Insert(~at, entity);
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
    public IReadOnlyList<Person> ToPeople()
    {
        // One array filled in a loop: no LINQ iterator, delegate or intermediate list per article.
        var people = new Person[_entities.Count];
        for (var i = 0; i < people.Length; i++)
        {
            people[i] = _entities[i].ToPerson();
        }

        return Array.AsReadOnly(people);
    }

    /// <summary>
    /// Gives the index's lists back, emptied, for the next index made on this thread. The index must not be used
    /// afterwards; the entities it held are not touched (the caller may still hold them).
    /// </summary>
    public void Release()
    {
        if (_entities.Capacity > MaxKeptCapacity || _filedFirsts.Capacity > MaxKeptCapacity || _filedEntities.Capacity > MaxKeptCapacity)
        {
            return;
        }

        _entities.Clear();
        _filedFirsts.Clear();
        _filedEntities.Clear();
        ThreadSpare<Lists>.Give(_lists);
    }

    /// <summary>The words of the bare name of a mention (<see cref="MentionName.Words"/>).</summary>
    public static List<string> NameWords(ParsedText text, NameMention m) => MentionName.Words(text, m);

    /// <summary>The person (or one-word name) whose surname key is a variant of <paramref name="key"/>.</summary>
    /// <remarks>
    /// Entities are few (tens per article): after the filter of held keys, a scan with the cheap key test first beats
    /// keeping a second index, and it keeps the first match in order of first mention.
    /// The filter is tested inline at the call, so a key it rules out costs no call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Entity? FindPerson(ReadOnlySpan<char> key) => _surnames.MayHold(key) ? ScanForPerson(key) : null;

    private Entity? ScanForPerson(ReadOnlySpan<char> key)
    {
        foreach (var e in _entities)
        {
            // Variants share their first letter and differ in length by at most one: most entities fail that.
            var known = e.SurnameKey;
            if (known.Length == 0 || key.Length == 0 ? known.Length != key.Length : known[0] != key[0] || Math.Abs(known.Length - key.Length) > 1)
            {
                continue;
            }

            if (SurnameKey.AreVariants(known, key) && (e.Kind == EntityKind.Person || e.IsBareName))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// Files a person's name (<paramref name="words"/> words, last word <paramref name="surname"/>, whose folded form
    /// is <paramref name="key"/>) under the person
    /// already <paramref name="known"/> by that surname, or a new one; keeps the longest form as the name, the others,
    /// the surname and "title surname" as aliases, and the mention's role.
    /// </summary>
    public Entity AddPerson(ParsedText text, ReadOnlySpan<char> name, ReadOnlySpan<char> surname, ReadOnlySpan<char> key, int words, NameMention m, Entity? known)
    {
        var entity = known;
        if (entity is null)
        {
            entity = Add(name.ToString(), EntityKind.Person, m.First, key.ToString());
        }
        else if (words > entity.NameWords)
        {
            entity.Rename(name.ToString(), key.ToString());
            _surnames.Add(entity.SurnameKey);
        }
        else
        {
            entity.AddAlias(name);
        }

        entity.Kind = EntityKind.Person;
        entity.AddAlias(surname);
        if (m.TitleIn(text) is { } title)
        {
            if (words == 1)
            {
                entity.AddAlias(string.Concat(title, " ", surname));
            }

            entity.Gender = Honorifics.GenderOf(title) ?? entity.Gender;
        }

        if (m.RoleIn(text) is { Length: > 0 } role && !Honorifics.IsHonorific(role) && role.Contains(' ', StringComparison.Ordinal))
        {
            entity.AddRole(role);
        }

        return entity;
    }

    private Entity? Named(ReadOnlySpan<char> name)
    {
        foreach (var e in _entities)
        {
            if (e.IsNamed(name))
            {
                return e;
            }
        }

        return null;
    }

    private Entity Add(string name, EntityKind kind, int firstToken, string? key = null)
    {
        var entity = new Entity(name, kind, firstToken, key);
        _entities.Add(entity);
        _surnames.Add(entity.SurnameKey);
        return entity;
    }

    private sealed record Lists(List<Entity> Entities, List<int> FiledFirsts, List<Entity> FiledEntities);
}
