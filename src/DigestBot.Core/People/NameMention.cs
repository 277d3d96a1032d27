namespace DigestBot.Core.People;

/// <summary>A run of capitalised words naming someone, split into its role part and its name part.</summary>
/// <remarks>
/// A 24-byte struct: an article has about seventy runs, most never filed, and one heap object each (56 bytes) was a
/// quarter of the analysis's allocation. The kind is kept in a byte and the two strings, which only a titled run
/// has (one in forty), behind one reference.
/// </remarks>
internal readonly record struct NameMention
{
    private const sbyte NoKind = -1;

    private readonly sbyte _kind;
    private readonly TitledPart? _titled;

    /// <summary>A mention of tokens <paramref name="first"/> to <paramref name="end"/> (exclusive).</summary>
    /// <param name="first">First token of the whole mention (modifiers and title included).</param>
    /// <param name="end">Token just past the mention.</param>
    /// <param name="nameFirst">First token of the bare name (after any title).</param>
    /// <param name="kind">Person, organisation, or null when the run could be a place or a thing.</param>
    /// <param name="role">Modifiers and title before the name ("US President"), if any.</param>
    /// <param name="title">The title word right before the name ("President", "Mr"), if any.</param>
    public NameMention(int first, int end, int nameFirst, EntityKind? kind, string? role, string? title)
    {
        First = first;
        End = end;
        NameFirst = nameFirst;
        _kind = kind is { } k ? (sbyte)k : NoKind;
        _titled = role is null && title is null ? null : new TitledPart(role, title);
    }

    /// <summary>First token of the whole mention (modifiers and title included).</summary>
    public int First { get; }

    /// <summary>Token just past the mention.</summary>
    public int End { get; }

    /// <summary>First token of the bare name (after any title).</summary>
    public int NameFirst { get; }

    /// <summary>Person, organisation, or null when the run could be a place or a thing.</summary>
    public EntityKind? Kind => _kind == NoKind ? null : (EntityKind)_kind;

    /// <summary>Modifiers and title before the name ("US President"), if any.</summary>
    public string? Role => _titled?.Role;

    /// <summary>The title word right before the name ("President", "Mr"), if any.</summary>
    public string? Title => _titled?.Title;

    private sealed record TitledPart(string? Role, string? Title);
}
