namespace DigestBot.Discord.Messages;

/// <summary>The data of an autocomplete result (at most 25 choices).</summary>
internal sealed record AutocompleteData(IReadOnlyList<AutocompleteChoice> Choices);
