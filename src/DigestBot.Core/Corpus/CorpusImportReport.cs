using DigestBot.Core.Ingestion;

namespace DigestBot.Core.Corpus;

/// <summary>What a corpus import did.</summary>
/// <param name="Progress">The final counts and rate.</param>
/// <param name="Skipped">The first refused lines and failed articles, each with the reason (at most <see cref="CorpusImporter.MaxSkippedListed"/>).</param>
/// <param name="Elapsed">How long the import took.</param>
public sealed record CorpusImportReport(CorpusProgress Progress, IReadOnlyList<SkippedFile> Skipped, TimeSpan Elapsed)
{
    /// <summary>True when the import was asked to stop before the end of the file; what was committed stays.</summary>
    public bool Stopped { get; init; }
}
