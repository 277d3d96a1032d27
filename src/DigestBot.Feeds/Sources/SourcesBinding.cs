using Microsoft.Extensions.Configuration;

namespace DigestBot.Feeds.Sources;

/// <summary>
/// Binds the <c>Sources</c> section, which is both a list (<c>"Sources": [{ "Url": ... }]</c>, keys Sources:0,
/// Sources:1, ...) and a set of settings (Sources:MaxFeedBytes from another file or the environment).
/// <c>Sources:Feeds</c> is accepted too, for files that want an object.
/// </summary>
public static class SourcesBinding
{
    /// <summary>Copies the section into <paramref name="options"/>.</summary>
    public static void Bind(IConfigurationSection section, SourcesOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        section.Bind(options);
        var numbered = section.GetChildren()
            .Where(child => int.TryParse(child.Key, out _))
            .OrderBy(child => int.Parse(child.Key, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var child in numbered)
        {
            var feed = new FeedSourceOptions();
            child.Bind(feed);
            options.Feeds.Add(feed);
        }
    }
}
