namespace DigestBot.Core.Storage;

/// <summary>What an upsert did.</summary>
public enum UpsertOutcome
{
    /// <summary>The article was new.</summary>
    Added,

    /// <summary>The article existed with another content hash and was replaced.</summary>
    Updated,

    /// <summary>The article existed with the same content hash; nothing changed.</summary>
    Unchanged,
}
