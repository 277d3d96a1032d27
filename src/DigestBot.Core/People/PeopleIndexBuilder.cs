using System.Runtime.InteropServices;
using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>
/// Files the name mentions of a text into a <see cref="PeopleIndex"/>: decides which runs are people (a title, a
/// surname also used alone, a known surname, a role or age beside the name) and which are organisations. Names are
/// written into a stack buffer and compared there; a string is made only for a name or alias the index keeps.
/// </summary>
internal static class PeopleIndexBuilder
{
    private const int MaxNameLength = 256;
    private const int StackMentions = 256;

    /// <summary>Builds the index from the name mentions of a text.</summary>
    /// <remarks>
    /// Only the buffers are made here. The runtime compiles a method with both <c>stackalloc</c> and a loop fully
    /// optimised at once, without the profile the tiered compiler collects first (no hot and cold paths, no guarded
    /// inlining); the loops are in their own methods so that they are compiled with it.
    /// </remarks>
    public static PeopleIndex Build(ParsedText text, List<NameMention> mentions)
    {
        var count = mentions.Count;
        var onStack = count <= StackMentions;
        Span<char> name = stackalloc char[MaxNameLength];
        Span<NameShape> shapes = onStack ? stackalloc NameShape[count] : new NameShape[count];

        // An article of usual size keeps its keys on the stack (a few KB); a very long one on the heap. The shapes
        // are worked out in the same pass as the keys.
        var tableSize = MentionKeys.TableSize(count);
        var keys = new MentionKeys(
            text,
            CollectionsMarshal.AsSpan(mentions),
            shapes,
            onStack ? stackalloc char[count * MentionKeys.CharsPerMention] : new char[count * MentionKeys.CharsPerMention],
            onStack ? stackalloc int[count * MentionKeys.SlotSize] : new int[count * MentionKeys.SlotSize],
            onStack ? stackalloc int[tableSize] : new int[tableSize]);
        return FileAll(text, CollectionsMarshal.AsSpan(mentions), shapes, keys, name);
    }

    private static PeopleIndex FileAll(
        ParsedText text, ReadOnlySpan<NameMention> mentions, ReadOnlySpan<NameShape> shapes, scoped in MentionKeys keys, Span<char> name)
    {
        var index = new PeopleIndex(mentions.Length);
        for (var n = 0; n < mentions.Length; n++)
        {
            ref readonly var m = ref mentions[n];
            var shape = shapes[n];
            if (shape.Words == 0)
            {
                continue;
            }

            // The person already known by the surname is looked up only where it decides or is filed under:
            // not for an organisation or a run that cannot be a name (FindPerson changes nothing).
            var key = keys[n];
            Entity? known = null;
            var isPerson = m.Kind == EntityKind.Person;
            if (isPerson || (m.Kind is null && shape.Words == 1))
            {
                known = index.FindPerson(key);
                isPerson |= known is not null;
            }
            else if (m.Kind is null && shape.Words <= 4 && !shape.EndsInRoleWord(text))
            {
                known = index.FindPerson(key);
                isPerson = keys.HasSingle(n) || known is not null || HasPersonContext(text, m);
            }

            if (!isPerson && m.Kind != EntityKind.Organisation)
            {
                continue;
            }

            var length = MentionName.Write(text, shape.Start, m.End, name, out var lastWord);
            var written = length >= 0 ? name[..length] : string.Join(' ', PeopleIndex.NameWords(text, m)).AsSpan();
            if (length < 0)
            {
                lastWord = written.LastIndexOf(' ') + 1;
            }

            index.File(m, isPerson
                ? index.AddPerson(text, written, written[lastWord..], key, shape.Words, m, known)
                : index.Ensure(written, EntityKind.Organisation, m.First));
        }

        return index;
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
}
