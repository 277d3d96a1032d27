namespace DigestBot.Core.People;

/// <summary>The outcome of resolving a speaker phrase.</summary>
/// <param name="Name">Canonical name, or the role/group phrase when no entity fits ("teacher", "officials").</param>
/// <param name="Entity">The entity, when one fits.</param>
internal sealed record ResolvedSpeaker(string Name, Entity? Entity);
