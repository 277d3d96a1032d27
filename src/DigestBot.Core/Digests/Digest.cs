namespace DigestBot.Core.Digests;

/// <summary>A platform-free digest of the stories in a time window; each adapter renders it.</summary>
/// <param name="Since">Start of the window (inclusive).</param>
/// <param name="Until">End of the window (exclusive).</param>
/// <param name="Stories">Stories, most important first; empty on a quiet day.</param>
public sealed record Digest(DateTimeOffset Since, DateTimeOffset Until, IReadOnlyList<DigestStory> Stories);
