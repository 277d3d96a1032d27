namespace DigestBot.Core.Corpus;

/// <summary>One line read from a corpus file: the record, or why the line was refused.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Record">The record, when the line is valid.</param>
/// <param name="Error">What was wrong with the line, when it is not.</param>
public sealed record CorpusLine(long Number, CorpusRecord? Record, string? Error);
