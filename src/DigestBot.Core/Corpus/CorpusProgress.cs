namespace DigestBot.Core.Corpus;

/// <summary>How far a corpus import has got, reported after every batch.</summary>
/// <param name="Records">Records read so far (valid or not).</param>
/// <param name="Added">Articles that were new.</param>
/// <param name="Updated">Articles whose text changed.</param>
/// <param name="Unchanged">Articles already stored with the same text (a resumed import skips these fast).</param>
/// <param name="Skipped">Lines refused or articles the engine could not analyse.</param>
/// <param name="ArticlesPerSecond">Records handled per second since the start.</param>
/// <param name="Fraction">Share of the file read, 0 to 1.</param>
/// <param name="Remaining">Estimated time left at the current rate; null until there is a rate.</param>
public sealed record CorpusProgress(
    long Records,
    int Added,
    int Updated,
    int Unchanged,
    int Skipped,
    double ArticlesPerSecond,
    double Fraction,
    TimeSpan? Remaining);
