namespace DigestBot.Discord.Messages;

/// <summary>A name/value pair inside an embed.</summary>
internal sealed record EmbedField(string Name, string Value, bool? Inline = null);
