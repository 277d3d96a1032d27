using DigestBot.Core.Chat;

namespace DigestBot.Discord.Interactions;

/// <summary>Work left after the first response: edit a deferred reply and/or send follow-ups.</summary>
/// <param name="ApplicationId">For the webhook URL.</param>
/// <param name="Token">The interaction token (valid 15 minutes). Never logged.</param>
/// <param name="Reply">The running or finished command.</param>
/// <param name="Deferred">True when the first response was a deferral, so the first message edits @original.</param>
internal sealed record PendingReply(string ApplicationId, string Token, Task<ChatReply> Reply, bool Deferred);
