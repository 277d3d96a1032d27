namespace DigestBot.Discord.Messages;

/// <summary>The small text at the bottom of an embed.</summary>
internal sealed record EmbedFooter(string Text);
