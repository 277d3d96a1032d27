namespace DigestBot.Benchmarks.Scale;

/// <summary>
/// One raw full-text query: all of <paramref name="Words"/> over articles (words of 4+ letters as prefixes, as the
/// stores build them), or the words as one phrase over statements.
/// </summary>
public sealed record RawQuery(IReadOnlyList<string> Words, bool StatementPhrase);
