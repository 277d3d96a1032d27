namespace DigestBot.Core.Chat;

/// <summary>The help text every platform shows for /help and for unknown commands.</summary>
public static class ChatHelp
{
    /// <summary>Usage for all commands.</summary>
    public const string Text =
        """
        DigestBot answers questions about the indexed news articles, quoting people exactly with sources.

        /ask <question>     what did Kallas say? · what did Trump say about Ukraine? · who said "vital"? · who is Kallas?
        /quotes <person>    every statement by one person or organisation
        /search <terms>     full-text search with cited snippets
        /digest now         today's digest for this channel
        /digest subscribe <HH:mm> <Time/Zone>   daily digest, e.g. /digest subscribe 08:00 Europe/Berlin
        /digest unsubscribe · /digest status
        /help               this text
        """;
}
