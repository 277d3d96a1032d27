namespace DigestBot.Core.Storage;

/// <summary>A stored article's identity and content hash.</summary>
/// <param name="ArticleId">The article's stable id.</param>
/// <param name="Source">Path relative to the content root (forward slashes) or URL.</param>
/// <param name="ContentHash">SHA-256 of the stored text, lower-case hex.</param>
public sealed record StoredSource(string ArticleId, string Source, string ContentHash);
