namespace DigestBot.Discord.Interactions;

/// <summary>The first response to an interaction plus any work to do once it has been sent.</summary>
internal sealed record InteractionOutcome(Messages.InteractionResponse Response, PendingReply? Pending = null);
