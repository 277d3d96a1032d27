namespace DigestBot.Benchmarks.Scale;

/// <summary>Content drawn from a benchmark database to ask questions about.</summary>
public sealed record AskSamples(IReadOnlyList<string> Speakers, IReadOnlyList<string> Statements, IReadOnlyList<string> Headlines);
