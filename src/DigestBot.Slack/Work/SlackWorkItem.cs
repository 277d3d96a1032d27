using DigestBot.Core.Chat;

namespace DigestBot.Slack.Work;

/// <summary>A command waiting for a worker, with where its reply goes.</summary>
/// <param name="Command">The command for the Core's handler (IsAdmin is resolved by the worker).</param>
/// <param name="ReceivedAt">When Slack sent it; response_url expires 30 minutes later.</param>
/// <param name="Inline">For slash commands: the slot the waiting request reads an early reply from.</param>
/// <param name="ResponseUrl">For slash commands: where a late reply goes.</param>
/// <param name="ThreadTs">For mentions: the thread to answer in.</param>
internal sealed record SlackWorkItem(
    ChatCommand Command, DateTimeOffset ReceivedAt, InlineReplySlot? Inline, Uri? ResponseUrl, string? ThreadTs);
