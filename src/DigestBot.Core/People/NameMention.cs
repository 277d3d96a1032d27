using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>A run of capitalised words naming someone, split into its role part and its name part.</summary>
/// <remarks>
/// A 20-byte struct with no reference: an article has about seventy runs, most never filed. Only a titled run (one in
/// forty) has a role and a title, and only the index and the role resolver read them, so the run keeps the title's
/// token and the strings are made from the text where they are used (<see cref="TitleIn"/>, <see cref="RoleIn"/>).
/// </remarks>
internal readonly record struct NameMention
{
    private const sbyte NoKind = -1;
    private const int NoTitle = -1;

    private readonly int _title;
    private readonly sbyte _kind;

    /// <summary>A mention of tokens <paramref name="first"/> to <paramref name="end"/> (exclusive).</summary>
    /// <param name="first">First token of the whole mention (modifiers and title included).</param>
    /// <param name="end">Token just past the mention.</param>
    /// <param name="nameFirst">First token of the bare name (after any title).</param>
    /// <param name="kind">Person, organisation, or null when the run could be a place or a thing.</param>
    /// <param name="title">
    /// Token of the title word right before the name ("President", "Mr"), or -1; the role is the tokens from
    /// <paramref name="first"/> to it.
    /// </param>
    public NameMention(int first, int end, int nameFirst, EntityKind? kind, int title = NoTitle)
    {
        First = first;
        End = end;
        NameFirst = nameFirst;
        _kind = kind is { } k ? (sbyte)k : NoKind;
        _title = title;
    }

    /// <summary>First token of the whole mention (modifiers and title included).</summary>
    public int First { get; }

    /// <summary>Token just past the mention.</summary>
    public int End { get; }

    /// <summary>First token of the bare name (after any title).</summary>
    public int NameFirst { get; }

    /// <summary>Person, organisation, or null when the run could be a place or a thing.</summary>
    public EntityKind? Kind => _kind == NoKind ? null : (EntityKind)_kind;

    /// <summary>True when a title word comes right before the name.</summary>
    public bool HasTitle => _title >= 0;

    /// <summary>Token of the title word right before the name, or -1.</summary>
    public int TitleToken => _title;

    /// <summary>The title word right before the name ("President", "Mr"), if any.</summary>
    public string? TitleIn(ParsedText text) => HasTitle ? text.WordString(_title) : null;

    /// <summary>Modifiers and title before the name ("US President"), brackets dropped, if any.</summary>
    public string? RoleIn(ParsedText text) =>
        HasTitle ? text.Slice(First, _title + 1).Replace("(", string.Empty, StringComparison.Ordinal).Trim() : null;
}
