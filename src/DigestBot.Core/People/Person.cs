namespace DigestBot.Core.People;

/// <summary>A person or organisation seen in an article, with every form the article uses for it.</summary>
/// <param name="Name">Canonical name ("Kaja Kallas").</param>
/// <param name="Kind">Person or organisation.</param>
/// <param name="Aliases">Other forms: surname, spelling variants, title + surname.</param>
/// <param name="Roles">Role nouns tied to the entity ("EU foreign policy chief").</param>
public sealed record Person(
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles);
