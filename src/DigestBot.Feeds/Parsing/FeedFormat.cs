namespace DigestBot.Feeds.Parsing;

/// <summary>The kind of document a feed turned out to be (named as in the fixtures' manifest).</summary>
public enum FeedFormat
{
    /// <summary>Not a feed: empty, unknown root element, a fragment, or bad JSON.</summary>
    Invalid,

    /// <summary>Any &lt;rss&gt; root: RSS 0.91, 0.92 and 2.0.</summary>
    Rss2,

    /// <summary>An &lt;rdf:RDF&gt; root: RSS 1.0 and 0.90.</summary>
    Rss1,

    /// <summary>A &lt;feed&gt; root: Atom 1.0 and 0.3.</summary>
    Atom,

    /// <summary>JSON Feed 1.0 or 1.1.</summary>
    JsonFeed,
}
