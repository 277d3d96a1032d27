namespace DigestBot.Core.People;

/// <summary>What kind of speaker an entity is.</summary>
public enum EntityKind
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>An organisation or group ("the ministry", "police").</summary>
    Organisation,
}
