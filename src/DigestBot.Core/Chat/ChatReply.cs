using DigestBot.Core.Answers;
using DigestBot.Core.Digests;

namespace DigestBot.Core.Chat;

/// <summary>A platform-free reply to a chat command.</summary>
/// <param name="Kind">What the reply holds.</param>
/// <param name="Text">Plain text for info, help and error replies; a fallback line otherwise.</param>
/// <param name="Answer">The answer, for <see cref="ChatReplyKind.Answer"/>.</param>
/// <param name="Digest">The digest, for <see cref="ChatReplyKind.Digest"/>.</param>
/// <param name="Ephemeral">Shown only to the user who asked (help and errors).</param>
public sealed record ChatReply(ChatReplyKind Kind, string Text, Answer? Answer = null, Digest? Digest = null, bool Ephemeral = false)
{
    /// <summary>A reply holding an answer, visible to the channel.</summary>
    public static ChatReply ForAnswer(Answer answer) => new(ChatReplyKind.Answer, answer.Message ?? answer.Question, answer);

    /// <summary>A reply holding a digest, visible to the channel.</summary>
    public static ChatReply ForDigest(Digest digest) => new(ChatReplyKind.Digest, $"Digest: {digest.Stories.Count} stories", Digest: digest);

    /// <summary>A user error, shown only to the user.</summary>
    public static ChatReply Error(string text) => new(ChatReplyKind.Error, text, Ephemeral: true);

    /// <summary>Plain information.</summary>
    public static ChatReply Info(string text, bool ephemeral = false) => new(ChatReplyKind.Info, text, Ephemeral: ephemeral);
}
