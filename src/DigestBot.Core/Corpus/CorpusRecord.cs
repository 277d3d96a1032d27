namespace DigestBot.Core.Corpus;

/// <summary>One line of a JSONL news corpus: <c>{"id","title","date","source","dateline","text"}</c>.</summary>
/// <param name="Id">The record's id, unique in its corpus.</param>
/// <param name="Title">The headline, if any.</param>
/// <param name="Date">The publication time, if any; a time without offset is taken as UTC.</param>
/// <param name="Source">Who published it ("Reuters"), if given.</param>
/// <param name="Dateline">A dateline such as "SALVADOR, Feb 26", if any.</param>
/// <param name="Text">The article body.</param>
public sealed record CorpusRecord(string Id, string? Title, DateTimeOffset? Date, string? Source, string? Dateline, string Text);
