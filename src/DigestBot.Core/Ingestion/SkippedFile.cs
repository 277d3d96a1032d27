namespace DigestBot.Core.Ingestion;

/// <summary>A file that was not indexed, and why.</summary>
/// <param name="Path">The file, relative to the content root where possible.</param>
/// <param name="Reason">Why it was skipped ("empty", "not valid UTF-8 at byte 12", ...).</param>
public sealed record SkippedFile(string Path, string Reason);
