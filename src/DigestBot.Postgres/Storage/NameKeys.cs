using DigestBot.Core.People;

namespace DigestBot.Postgres.Storage;

/// <summary>
/// The lower-cased forms names are stored and looked up by. Lower-casing happens here (invariant culture), not in
/// SQL, so lookups behave the same whatever locale the database was created with.
/// </summary>
internal static class NameKeys
{
    /// <summary>The lookup form of a name: trimmed, inner whitespace collapsed, invariant lower case.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }

    /// <summary>The last word of a person's name ("kallas" for "Kaja Kallas"); null for one-word names and organisations.</summary>
    public static string? Surname(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var words = Key(person.Name).Split(' ');
        return person.Kind == EntityKind.Person && words.Length > 1 ? words[^1] : null;
    }

    /// <summary>Every form a user may ask for the person by: name, aliases, surname and roles.</summary>
    public static string[] LookupKeys(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var keys = new List<string> { Key(person.Name) };
        keys.AddRange(person.Aliases.Select(Key));
        if (Surname(person) is { } surname)
        {
            keys.Add(surname);
        }

        keys.AddRange(person.Roles.Select(Key));
        return [.. keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)];
    }
}
