namespace DigestBot.Core.People;

/// <summary>A run of capitalised words naming someone, split into its role part and its name part.</summary>
/// <param name="First">First token of the whole mention (modifiers and title included).</param>
/// <param name="End">Token just past the mention.</param>
/// <param name="NameFirst">First token of the bare name (after any title).</param>
/// <param name="Kind">Person, organisation, or null when the run could be a place or a thing.</param>
/// <param name="Role">Modifiers and title before the name ("US President"), if any.</param>
/// <param name="Title">The title word right before the name ("President", "Mr"), if any.</param>
internal sealed record NameMention(int First, int End, int NameFirst, EntityKind? Kind, string? Role, string? Title);
