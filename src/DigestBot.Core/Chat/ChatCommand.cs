namespace DigestBot.Core.Chat;

/// <summary>A slash command or mention, reduced to its name and argument text.</summary>
/// <param name="Name">Command name without the slash: ask, quotes, search, digest, help.</param>
/// <param name="Text">Everything after the command name, trimmed.</param>
/// <param name="Context">Who sent it and where.</param>
public sealed record ChatCommand(string Name, string Text, ChatContext Context);
