namespace DigestBot.Discord.Messages;

/// <summary>One autocomplete suggestion (name and value at most 100 characters).</summary>
internal sealed record AutocompleteChoice(string Name, string Value);
