namespace DigestBot.Feeds.Sources;

/// <summary>
/// The <c>Sources</c> section: the feeds to poll (its numbered children, or <c>Sources:Feeds</c>) and the fetch
/// limits (<c>Sources:MaxFeedBytes</c>, <c>Sources:AllowPrivateAddresses</c>, ...).
/// </summary>
public sealed class SourcesOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Sources";

    /// <summary>The feeds to poll.</summary>
    public List<FeedSourceOptions> Feeds { get; set; } = [];

    /// <summary>Largest response body accepted, in bytes (after decompression); larger ones are cut and refused.</summary>
    public long MaxFeedBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Allow feeds on loopback, private, link-local and other non-public addresses (off: SSRF guard).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Time allowed for one fetch, redirects and body included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed before the fetch fails.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Poll interval for feeds that set none.</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Longest wait between attempts for a failing feed.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often the poller re-reads the feed list and states at most apart (feeds added on another replica).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Feeds fetched at the same time at most.</summary>
    public int MaxConcurrentFetches { get; set; } = 4;

    /// <summary>The User-Agent sent with every request.</summary>
    public string UserAgent { get; set; } = "DigestBot/0.1 (+https://github.com/digestbot/digestbot)";
}
