namespace DigestBot.Core.Chat;

/// <summary>The /sources subcommands (add, remove, list, help). Implemented by DigestBot.Feeds; absent when feeds are off.</summary>
public interface ISourceCommands
{
    /// <summary>Runs "/sources &lt;subcommand&gt; [arguments]"; admin rules are enforced here, from <see cref="ChatContext.IsAdmin"/>.</summary>
    Task<ChatReply> HandleAsync(string subcommand, string arguments, ChatContext context, CancellationToken cancellationToken);
}
