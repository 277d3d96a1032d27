using DigestBot.Core.People;

namespace DigestBot.Postgres.Storage;

/// <summary>
/// The lower-cased forms names are stored and looked up by. Lower-casing happens here (invariant culture), not in
/// SQL, so lookups behave the same whatever locale the database was created with.
/// </summary>
internal static class NameKeys
{
    /// <summary>The lookup form of a name: trimmed, inner whitespace collapsed, a leading "the" dropped, invariant lower case.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var skip = words.Length > 1 && string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return string.Join(' ', words.Skip(skip)).ToLowerInvariant();
    }

    /// <summary>The trailing words of a name ("de vries" and "vries" for "Maria de Vries"): surnames a user may ask by.</summary>
    public static IEnumerable<string> TrailingWords(string name)
    {
        var words = Key(name).Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            yield return string.Join(' ', words[i..]);
        }
    }

    /// <summary>Every form a user may ask for the person by: name, its trailing words, aliases and roles.</summary>
    public static string[] LookupKeys(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var keys = new List<string> { Key(person.Name) };
        keys.AddRange(TrailingWords(person.Name));
        keys.AddRange(person.Aliases.Select(Key));
        keys.AddRange(person.Roles.Select(Key));
        return [.. keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>How directly <paramref name="key"/> names the person, as the SQLite store ranks: 0 name, 1 alias, 2 trailing words, 3 role.</summary>
    public static int Rank(Person person, string key)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Key(person.Name) == key ? 0
            : person.Aliases.Any(a => Key(a) == key) ? 1
            : TrailingWords(person.Name).Contains(key) || person.Aliases.Any(a => TrailingWords(a).Contains(key)) ? 2
            : 3;
    }
}
