using DigestBot.Core.Answers;

namespace DigestBot.Core.Chat;

/// <summary>Dispatches chat commands to the question answerer, the digest service and the feed sources.</summary>
public sealed class ChatCommandHandler(IQuestionAnswerer answerer, IDigestCommands? digests = null, ISourceCommands? sources = null)
    : IChatCommandHandler
{
    /// <summary>Longest argument accepted; longer input is refused rather than searched.</summary>
    public const int MaxArgumentLength = 500;

    /// <inheritdoc />
    public async Task<ChatReply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = command.Text.Trim();
        if (text.Length > MaxArgumentLength)
        {
            return ChatReply.Error($"That is {text.Length} characters; /{command.Name} takes at most {MaxArgumentLength}.");
        }

        return command.Name.Trim().TrimStart('/').ToLowerInvariant() switch
        {
            "ask" => text.Length == 0
                ? ChatReply.Error("Usage: /ask <question>, for example /ask what did Kallas say?")
                : ChatReply.ForAnswer(await answerer.AskAsync(text, cancellationToken).ConfigureAwait(false)),
            "quotes" => text.Length == 0
                ? ChatReply.Error("Usage: /quotes <person>, for example /quotes Kallas")
                : ChatReply.ForAnswer(await answerer.QuotesFromAsync(text, cancellationToken).ConfigureAwait(false)),
            "search" => text.Length == 0
                ? ChatReply.Error("Usage: /search <terms>, for example /search sanctions package")
                : ChatReply.ForAnswer(await answerer.SearchAsync(text, cancellationToken).ConfigureAwait(false)),
            "digest" => await HandleDigestAsync(text, command.Context, cancellationToken).ConfigureAwait(false),
            "sources" => await HandleSourcesAsync(text, command.Context, cancellationToken).ConfigureAwait(false),
            "help" or "" => new ChatReply(ChatReplyKind.Help, ChatHelp.Text, Ephemeral: true),
            var other => ChatReply.Error($"Unknown command /{other}.\n\n{ChatHelp.Text}"),
        };
    }

    private async Task<ChatReply> HandleDigestAsync(string text, ChatContext context, CancellationToken cancellationToken)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var subcommand = parts.Length > 0 ? parts[0].ToLowerInvariant() : "";
        if (subcommand is not ("now" or "subscribe" or "unsubscribe" or "status"))
        {
            return ChatReply.Error("Usage: /digest now | subscribe <HH:mm> <Time/Zone> | unsubscribe | status");
        }

        if (digests is null)
        {
            return ChatReply.Error("Digests are not enabled on this bot yet.");
        }

        return await digests.HandleAsync(subcommand, parts.Length > 1 ? parts[1] : "", context, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<ChatReply> HandleSourcesAsync(string text, ChatContext context, CancellationToken cancellationToken)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var subcommand = parts.Length > 0 ? parts[0].ToLowerInvariant() : "help";
        if (subcommand is not ("add" or "remove" or "list" or "help"))
        {
            return ChatReply.Error($"Unknown /sources subcommand '{parts[0]}'.\n\n{ChatHelp.Sources}");
        }

        if (sources is null)
        {
            return ChatReply.Error("News sources are not enabled on this bot.");
        }

        return await sources.HandleAsync(subcommand, parts.Length > 1 ? parts[1] : "", context, cancellationToken)
            .ConfigureAwait(false);
    }
}
