using System.Text.Json.Nodes;

namespace DigestBot.Discord.Commands;

/// <summary>The slash commands the bot registers: /ask, /quotes, /search, /digest and /sources (subcommands) and /help.</summary>
internal static class CommandDefinitions
{
    private const int StringOption = 3;
    private const int SubcommandOption = 1;
    private const int IntegerOptionType = 4;

    /// <summary>The body of the bulk-overwrite call.</summary>
    public static JsonArray Build() =>
    [
        Command("ask", "Ask about the news: what did Kallas say? who said \"vital\"? who is Kallas?",
            Option("question", "Your question, e.g. what did Kallas say about Ukraine?", maxLength: 500)),
        Command("quotes", "Every statement by one person or organisation",
            Option("person", "Who, e.g. Kallas", maxLength: 200, autocomplete: true)),
        Command("search", "Full-text search over the articles, with cited snippets",
            Option("terms", "Words to look for", maxLength: 500)),
        Command("digest", "Today's digest and daily digest subscriptions for this channel",
            Subcommand("now", "Post today's digest here"),
            Subcommand("subscribe", "Post a digest here every day",
                Option("time", "Local time, HH:mm, e.g. 08:00", maxLength: 5),
                Option("timezone", "IANA time zone, e.g. Europe/Berlin", maxLength: 64)),
            Subcommand("unsubscribe", "Stop the daily digest here"),
            Subcommand("status", "Show this channel's digest subscription")),
        // Anyone may list, so the command carries no default_member_permissions; add and remove check Manage Server
        // (or Administrator) from the interaction's member.permissions in the Core's /sources handler.
        Command("sources", "The news feeds the bot follows; server managers add or remove them",
            Subcommand("list", "Every feed: last fetch, items, new/updated, last error, next poll",
                IntegerOption("page", "Which page of 10 feeds (default 1)", minValue: 1)),
            Subcommand("add", "Follow an RSS, Atom or JSON feed (Manage Server)",
                Option("url", "The feed's http(s) address", maxLength: 500),
                Option("name", "A short name for lists, e.g. NYT World (default: the feed's title)", maxLength: 80, required: false)),
            Subcommand("remove", "Stop following a feed added from chat (Manage Server)",
                Option("feed", "The feed's URL or name, as /sources list shows it", maxLength: 500)),
            Subcommand("help", "How /sources works")),
        Command("help", "What the bot can do"),
    ];

    private static JsonObject Command(string name, string description, params JsonObject[] options)
    {
        var command = new JsonObject { ["name"] = name, ["type"] = 1, ["description"] = description };
        if (options.Length > 0)
        {
            command["options"] = new JsonArray([.. options]);
        }

        return command;
    }

    private static JsonObject Subcommand(string name, string description, params JsonObject[] options)
    {
        var subcommand = new JsonObject { ["type"] = SubcommandOption, ["name"] = name, ["description"] = description };
        if (options.Length > 0)
        {
            subcommand["options"] = new JsonArray([.. options]);
        }

        return subcommand;
    }

    private static JsonObject IntegerOption(string name, string description, int minValue) => new()
    {
        ["type"] = IntegerOptionType,
        ["name"] = name,
        ["description"] = description,
        ["required"] = false,
        ["min_value"] = minValue,
    };

    private static JsonObject Option(string name, string description, int maxLength, bool autocomplete = false, bool required = true)
    {
        var option = new JsonObject
        {
            ["type"] = StringOption,
            ["name"] = name,
            ["description"] = description,
            ["required"] = required,
            ["max_length"] = maxLength,
        };
        if (autocomplete)
        {
            option["autocomplete"] = true;
        }

        return option;
    }
}
