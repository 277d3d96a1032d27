namespace DigestBot.Core.People;

/// <summary>A person or organisation being built up while an article is read (mutable, per analysis).</summary>
internal sealed class Entity(string name, EntityKind kind, int firstToken)
{
    private readonly List<string> _aliases = [];
    private readonly List<string> _roles = [];

    /// <summary>Canonical name: the longest full form seen.</summary>
    public string Name { get; private set; } = name;

    /// <summary>Spelling-folded key of the last word of <see cref="Name"/>.</summary>
    public string SurnameKey { get; private set; } = People.SurnameKey.Of(name[(name.LastIndexOf(' ') + 1)..]);

    /// <summary>Person or organisation.</summary>
    public EntityKind Kind { get; set; } = kind;

    /// <summary>Token of the first mention.</summary>
    public int FirstToken { get; } = firstToken;

    /// <summary>Gender learned so far.</summary>
    public Gender Gender { get; set; }

    /// <summary>Other forms seen.</summary>
    public IReadOnlyList<string> Aliases => _aliases;

    /// <summary>Role phrases tied to the entity.</summary>
    public IReadOnlyList<string> Roles => _roles;

    /// <summary>Number of words in the canonical name.</summary>
    public int NameWords => Name.AsSpan().Count(' ') + 1;

    /// <summary>True when <paramref name="alias"/> is one of the other forms (any case).</summary>
    public bool HasAlias(string alias) => Contains(_aliases, alias);

    /// <summary>Adds a form, unless it is the canonical name or already known.</summary>
    public void AddAlias(string alias)
    {
        if (alias.Length > 0 && !alias.Equals(Name, StringComparison.OrdinalIgnoreCase) && !Contains(_aliases, alias))
        {
            _aliases.Add(alias);
        }
    }

    /// <summary>Adds a role phrase once.</summary>
    public void AddRole(string role)
    {
        if (role.Length > 0 && !Contains(_roles, role))
        {
            _roles.Add(role);
        }
    }

    /// <summary>Replaces the canonical name with a longer form; the old one becomes an alias.</summary>
    public void Rename(string longer)
    {
        var old = Name;
        Name = longer;
        SurnameKey = People.SurnameKey.Of(longer[(longer.LastIndexOf(' ') + 1)..]);
        _aliases.RemoveAll(a => a.Equals(longer, StringComparison.OrdinalIgnoreCase));
        AddAlias(old);
    }

    /// <summary>The public record.</summary>
    public Person ToPerson() => new(Name, Kind, [.. _aliases], [.. _roles]);

    private static bool Contains(List<string> forms, string form)
    {
        foreach (var f in forms)
        {
            if (f.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
