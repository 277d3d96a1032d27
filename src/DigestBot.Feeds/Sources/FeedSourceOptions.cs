namespace DigestBot.Feeds.Sources;

/// <summary>One configured feed: <c>{ "Url": "...", "Name": "...", "Interval": "00:15:00" }</c>.</summary>
public sealed class FeedSourceOptions
{
    /// <summary>The feed's absolute http(s) address.</summary>
    public string Url { get; set; } = string.Empty;

    /// <summary>A short name for reports; defaults to the host name.</summary>
    public string? Name { get; set; }

    /// <summary>How often to poll; null means <see cref="SourcesOptions.DefaultInterval"/>.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>The name shown in reports.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name)
        ? (Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.Host : Url)
        : Name;
}
