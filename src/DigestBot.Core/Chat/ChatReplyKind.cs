namespace DigestBot.Core.Chat;

/// <summary>What a reply holds, so adapters can pick a layout.</summary>
public enum ChatReplyKind
{
    /// <summary>An <see cref="Answers.Answer"/> to render.</summary>
    Answer,

    /// <summary>A digest to render.</summary>
    Digest,

    /// <summary>Plain informational text (status, confirmations).</summary>
    Info,

    /// <summary>Usage help.</summary>
    Help,

    /// <summary>A user error: what was wrong and how to fix it.</summary>
    Error,
}
