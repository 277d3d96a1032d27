namespace DigestBot.Core.Storage;

/// <summary>Totals held by the store.</summary>
/// <param name="Articles">Stored articles.</param>
/// <param name="Quotes">Stored statements.</param>
/// <param name="People">Distinct people and organisations (by canonical name).</param>
public sealed record StoreCounts(int Articles, int Quotes, int People);
