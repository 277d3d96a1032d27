using DigestBot.Core.People;
using DigestBot.Core.Storage;

namespace DigestBot.Postgres.Storage;

/// <summary>Merges the per-article rows of one person (same name, any case) into one profile.</summary>
internal sealed class ProfileMerger(string nameKey)
{
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityKind, int> _kinds = [];
    private readonly List<string> _aliases = [];
    private readonly List<string> _roles = [];
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);

    /// <summary>The lookup key the rows share.</summary>
    public string NameKey { get; } = nameKey;

    /// <summary>Statements attributed to the person.</summary>
    public int StatementCount { get; private set; }

    /// <summary>Adds one article's row.</summary>
    public void AddMention(string articleId, string name, EntityKind kind, IEnumerable<string> aliases, IEnumerable<string> roles)
    {
        _articles.Add(articleId);
        _names[name] = _names.GetValueOrDefault(name) + 1;
        _kinds[kind] = _kinds.GetValueOrDefault(kind) + 1;
        AddDistinct(_aliases, aliases);
        AddDistinct(_roles, roles);
    }

    /// <summary>Adds the statements attributed to the person and the articles they are in.</summary>
    public void AddStatements(int count, IEnumerable<string> articleIds)
    {
        StatementCount += count;
        _articles.UnionWith(articleIds);
    }

    /// <summary>The merged profile: the most used spelling and kind (first seen on a tie), every alias and role once, sorted.</summary>
    public PersonProfile ToProfile()
    {
        var name = _names.OrderByDescending(n => n.Value).Select(n => n.Key).FirstOrDefault() ?? NameKey;
        var kind = _kinds.OrderByDescending(k => k.Value).Select(k => k.Key).FirstOrDefault();
        var aliases = _aliases.Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var roles = _roles.Order(StringComparer.OrdinalIgnoreCase).ToList();
        return new PersonProfile(new Person(name, kind, aliases, roles), StatementCount, _articles.Count);
    }

    private static void AddDistinct(List<string> target, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            if (!target.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                target.Add(value);
            }
        }
    }
}
