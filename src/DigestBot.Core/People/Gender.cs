namespace DigestBot.Core.People;

/// <summary>Grammatical gender learned from titles and pronouns, for pronoun resolution.</summary>
internal enum Gender
{
    /// <summary>Not known yet.</summary>
    Unknown,

    /// <summary>Referred to as "he" or "Mr".</summary>
    Male,

    /// <summary>Referred to as "she" or "Mrs"/"Ms".</summary>
    Female,
}
