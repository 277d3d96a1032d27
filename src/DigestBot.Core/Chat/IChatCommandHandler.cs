namespace DigestBot.Core.Chat;

/// <summary>Handles chat commands for every platform; adapters verify, parse, call this and render.</summary>
public interface IChatCommandHandler
{
    /// <summary>Runs one command. Never throws for user errors: those come back as <see cref="ChatReplyKind.Error"/>.</summary>
    Task<ChatReply> HandleAsync(ChatCommand command, CancellationToken cancellationToken);
}
