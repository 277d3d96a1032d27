namespace DigestBot.Core.Chat;

/// <summary>The /digest subcommands. Implemented by the scheduled-digest service; absent until it is enabled.</summary>
public interface IDigestCommands
{
    /// <summary>Runs "/digest &lt;subcommand&gt; [arguments]" for the channel in <paramref name="context"/>.</summary>
    Task<ChatReply> HandleAsync(string subcommand, string arguments, ChatContext context, CancellationToken cancellationToken);
}
