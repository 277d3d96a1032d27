namespace DigestBot.Core.Ingestion;

/// <summary>What one indexing run did, and the store's totals after it.</summary>
/// <param name="Added">Articles that were new.</param>
/// <param name="Updated">Articles whose text changed.</param>
/// <param name="Unchanged">Articles already stored with the same content hash.</param>
/// <param name="Removed">Stored articles whose file is gone.</param>
/// <param name="Skipped">Files not indexed, each with the reason.</param>
/// <param name="TotalArticles">Articles in the store afterwards.</param>
/// <param name="TotalQuotes">Statements in the store afterwards.</param>
/// <param name="TotalPeople">Distinct people and organisations in the store afterwards.</param>
public sealed record IndexReport(
    int Added,
    int Updated,
    int Unchanged,
    int Removed,
    IReadOnlyList<SkippedFile> Skipped,
    int TotalArticles,
    int TotalQuotes,
    int TotalPeople)
{
    /// <summary>Whether anything in the store changed.</summary>
    public bool Changed => Added + Updated + Removed > 0;
}
