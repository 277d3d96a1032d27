namespace DigestBot.Core.Tests.Quotes;

/// <summary>One hand-labelled quote of the eval files.</summary>
internal sealed record GoldQuote(string Quote, string? Speaker, string Kind, bool Optional);
