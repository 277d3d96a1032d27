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
        /sources list [page]   the news feeds the bot follows: last fetch, items, errors, next poll
        /sources add <url> [name] · /sources remove <url|name>   (server/workspace admins only)
        /help               this text
        """;

    /// <summary>Usage for /sources.</summary>
    public const string Sources =
        """
        /sources list [page]          every feed the bot follows: last fetch, items, new/updated, last error, next poll
                                      (10 feeds a page: /sources list 2 shows feeds 11-20)
        /sources add <url> [name]     follow a feed (RSS, Atom or JSON Feed); it is fetched once to check it (admins only)
        /sources remove <url|name>    stop following a feed added from chat (admins only)
        /sources help                 this text
        Feeds configured in appsettings.json are listed but can only be changed there.
        """;
}
