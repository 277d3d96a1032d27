using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// Turns speaker phrases into canonical names, reading the article in order. Names go through the people index
/// (surname to full name, titles dropped, variants merged); pronouns go to <see cref="PronounResolver"/>, role and
/// group phrases to <see cref="RoleResolver"/>. One instance per analysis: it keeps state.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly ParsedText _text;
    private readonly IReadOnlyList<NameMention> _mentions;
    private readonly PeopleIndex _index;
    private readonly SpeakerHistory _history = new();
    private readonly PronounResolver _pronouns;
    private readonly RoleResolver _roles;

    public SpeakerResolver(ParsedText text, IReadOnlyList<NameMention> mentions, PeopleIndex index)
    {
        _text = text;
        _mentions = mentions;
        _index = index;
        _pronouns = new PronounResolver(text, mentions, index, _history);
        _roles = new RoleResolver(text, mentions, index, _history);
    }

    /// <summary>
    /// Resolves the speaker phrase between <paramref name="first"/> and <paramref name="end"/>. The name is empty
    /// when the phrase is a pronoun with nothing to refer to: such a statement has no speaker and is dropped.
    /// </summary>
    /// <param name="first">First token of the phrase.</param>
    /// <param name="end">Token just past the phrase.</param>
    /// <param name="upcoming">Later speaker phrases, for a role named before its person.</param>
    public ResolvedSpeaker Resolve(int first, int end, ReadOnlySpan<(int First, int End)> upcoming)
    {
        var head = end - 1;
        ResolvedSpeaker result;
        if (_text.Has(head, WordClass.Pronoun))
        {
            result = _pronouns.Resolve(_text.Word(head), first);
        }
        else if (_text.IsCapitalized(head))
        {
            result = ResolveName(first, end);
        }
        else
        {
            result = _roles.Resolve(first, end, upcoming);
        }

        _history.Add(result);
        return result;
    }

    /// <summary>Ties a role phrase (an appositive) to an entity.</summary>
    public void BindRole(Entity entity, int first, int end) => _roles.Bind(entity, first, end);

    private ResolvedSpeaker ResolveName(int first, int end)
    {
        var mention = MentionLookup.At(_mentions, end - 1);
        var filed = mention is { } held ? _index.ForMention(held) : null;
        if (filed is not null && ResolveFiled(first, end, mention!.Value, filed) is { } known)
        {
            return known;
        }

        var words = mention is { } named ? PeopleIndex.NameWords(_text, named) : [_text.WordString(end - 1)];
        if (words.Count == 0)
        {
            words = [_text.WordString(end - 1)];
        }

        var entity = filed;
        if (entity is null)
        {
            // Only a name the index did not file needs the group test (a lexicon probe per word).
            var isGroup = AnyGroup(words);
            entity = isGroup && words.Count == 1 ? _index.FindOrganisation(words[0]) : null;
            entity ??= isGroup ? null : _index.FindPerson(words[^1]);
            entity ??= _index.Ensure(
                string.Join(' ', words),
                words.Count >= 2 && !isGroup ? EntityKind.Person : EntityKind.Organisation,
                first);
        }

        return Settle(entity, words[^1], words.Count, first, mention?.First ?? end - 1);
    }

    // The usual case, a name the index filed: its words are read from a stack buffer (only a new alias becomes a
    // string) instead of a list of word strings per statement. Null when the name does not fit the buffer.
    private ResolvedSpeaker? ResolveFiled(int first, int end, NameMention mention, Entity entity)
    {
        Span<char> buffer = stackalloc char[128];
        var length = MentionName.Write(_text, mention, buffer, out var lastWordStart);
        if (length < 0)
        {
            return null;
        }

        var surname = length == 0 ? _text.Word(end - 1) : buffer[lastWordStart..length];
        var words = length == 0 ? 1 : buffer[..length].Count(' ') + 1;
        return Settle(entity, surname, words, first, mention.First);
    }

    // The speaker is the entity: a person keeps the surname as an alias (or a variant spelling of it: "Mauer" for
    // "Maurer"), and a lower-case role before the name binds to it ("curator Elaine Gustafon", "spokeswoman Sujata
    // Raisinghani"), which also shows that a one-word name is a person ("Nogar's son Stephen").
    private ResolvedSpeaker Settle(Entity entity, ReadOnlySpan<char> surname, int words, int first, int nameStart)
    {
        if (entity.Kind == EntityKind.Person)
        {
            entity.AddAlias(surname);
        }

        if (nameStart > first && (entity.Kind == EntityKind.Person || words == 1))
        {
            BindRole(entity, first, nameStart);
        }

        return new ResolvedSpeaker(entity.Name, entity);
    }

    private static bool AnyGroup(List<string> words)
    {
        foreach (var w in words)
        {
            if (SpeakerLexicon.IsGroup(w))
            {
                return true;
            }
        }

        return false;
    }
}
