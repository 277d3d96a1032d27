namespace DigestBot.Slack.Rendering;

/// <summary>Slack's Block Kit and message limits.</summary>
internal static class BlockLimits
{
    /// <summary>Blocks in one message.</summary>
    public const int MaxBlocks = 50;

    /// <summary>Characters in a section's text.</summary>
    public const int MaxSectionText = 3000;

    /// <summary>Characters in a header's plain text.</summary>
    public const int MaxHeaderText = 150;

    /// <summary>Characters in a context element's text.</summary>
    public const int MaxContextText = 2000;

    /// <summary>Characters in a message's top-level text.</summary>
    public const int MaxMessageText = 40_000;
}
