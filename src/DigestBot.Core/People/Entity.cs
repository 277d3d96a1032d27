namespace DigestBot.Core.People;

/// <summary>A person or organisation being built up while an article is read (mutable, per analysis).</summary>
/// <remarks>The index passes the <paramref name="surnameKey"/> it already folded; without it, it is folded here.</remarks>
internal sealed class Entity(string name, EntityKind kind, int firstToken, string? surnameKey = null)
{
    private List<string>? _aliases; // 40 % of entities never get an alias: the list is made by the first one
    private List<string>? _roles; // most entities never get a role: the list is made by the first one

    // Bit (length mod 64) of the name and of every alias, ever: a form whose bit is clear is none of them, which
    // settles most lookups without reading the alias list.
    private ulong _formLengths = LengthBit(name);

    /// <summary>Canonical name: the longest full form seen.</summary>
    public string Name { get; private set; } = name;

    /// <summary>Spelling-folded key of the last word of <see cref="Name"/>.</summary>
    public string SurnameKey { get; private set; } = surnameKey ?? KeyOf(name);

    /// <summary>Person or organisation.</summary>
    public EntityKind Kind { get; set; } = kind;

    /// <summary>Token of the first mention.</summary>
    public int FirstToken { get; } = firstToken;

    /// <summary>Gender learned so far.</summary>
    public Gender Gender { get; set; }

    /// <summary>Other forms seen.</summary>
    public IReadOnlyList<string> Aliases => _aliases ?? [];

    /// <summary>Role phrases tied to the entity.</summary>
    public IReadOnlyList<string> Roles => _roles ?? [];

    /// <summary>Number of words in the canonical name.</summary>
    public int NameWords => Name.AsSpan().Count(' ') + 1;

    /// <summary>
    /// True for a one-word name that may be a person's ("Maurer said"): filed as an organisation until shown
    /// otherwise. Not an acronym or a group noun ("NASA", "Police").
    /// </summary>
    public bool IsBareName => !Name.Contains(' ', StringComparison.Ordinal) && HasLower(Name) && !SpeakerLexicon.IsGroup(Name);

    /// <summary>True when <paramref name="alias"/> is one of the other forms (any case).</summary>
    public bool HasAlias(ReadOnlySpan<char> alias) => MayBeNamed(alias) && Contains(_aliases, alias);

    /// <summary>True when <paramref name="form"/> is the canonical name or one of the other forms (any case).</summary>
    public bool IsNamed(ReadOnlySpan<char> form) => MayBeNamed(form) && (SameForm(form, Name) || Contains(_aliases, form));

    /// <summary>Adds a form, unless it is the canonical name or already known.</summary>
    public void AddAlias(string alias)
    {
        if (IsNewAlias(alias))
        {
            (_aliases ??= []).Add(alias);
            _formLengths |= LengthBit(alias);
        }
    }

    /// <summary>As <see cref="AddAlias(string)"/>, making the string only when the form is new.</summary>
    public void AddAlias(ReadOnlySpan<char> alias)
    {
        if (IsNewAlias(alias))
        {
            (_aliases ??= []).Add(alias.ToString());
            _formLengths |= LengthBit(alias);
        }
    }

    /// <summary>Adds a role phrase once.</summary>
    public void AddRole(string role)
    {
        if (role.Length > 0 && (_roles is null || !Contains(_roles, role)))
        {
            (_roles ??= []).Add(role);
        }
    }

    /// <summary>
    /// Replaces the canonical name with a longer form; the old one becomes an alias. <paramref name="key"/> is the
    /// surname key of the new form when the caller has it.
    /// </summary>
    public void Rename(string longer, string? key = null)
    {
        var old = Name;
        Name = longer;
        _formLengths |= LengthBit(longer);
        SurnameKey = key ?? KeyOf(longer);
        RemoveForm(_aliases, longer);
        AddAlias(old);
    }

    /// <summary>The public record.</summary>
    public Person ToPerson() => new(Name, Kind, _aliases is null ? [] : [.. _aliases], _roles is null ? [] : [.. _roles]);

    private static string KeyOf(string name)
    {
        Span<char> buffer = stackalloc char[People.SurnameKey.MaxStackLength];
        return People.SurnameKey.Of(name.AsSpan(name.LastIndexOf(' ') + 1), buffer).ToString();
    }

    private static ulong LengthBit(ReadOnlySpan<char> form) => 1UL << (form.Length & 63);

    private bool MayBeNamed(ReadOnlySpan<char> form) => (_formLengths & LengthBit(form)) != 0;

    private bool IsNewAlias(ReadOnlySpan<char> alias) => alias.Length > 0 && !IsNamed(alias);

    // Most forms differ in length: test that inline before the call to the case-insensitive compare.
    private static bool SameForm(ReadOnlySpan<char> form, string known) =>
        form.Length == known.Length && form.Equals(known, StringComparison.OrdinalIgnoreCase);

    private static bool Contains(List<string>? forms, ReadOnlySpan<char> form)
    {
        if (forms is null)
        {
            return false;
        }

        foreach (var f in forms)
        {
            if (SameForm(form, f))
            {
                return true;
            }
        }

        return false;
    }

    // A loop, not RemoveAll with a lambda: the lambda captured the new name, one closure and delegate per rename.
    private static void RemoveForm(List<string>? forms, string form)
    {
        for (var i = (forms?.Count ?? 0) - 1; i >= 0; i--)
        {
            if (forms![i].Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                forms.RemoveAt(i);
            }
        }
    }

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
}
