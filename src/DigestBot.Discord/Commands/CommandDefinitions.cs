using System.Text.Json.Nodes;

namespace DigestBot.Discord.Commands;

/// <summary>The slash commands the bot registers: /ask, /quotes, /search, /digest (subcommands) and /help.</summary>
internal static class CommandDefinitions
{
    private const int StringOption = 3;
    private const int SubcommandOption = 1;

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

    private static JsonObject Option(string name, string description, int maxLength, bool autocomplete = false)
    {
        var option = new JsonObject
        {
            ["type"] = StringOption,
            ["name"] = name,
            ["description"] = description,
            ["required"] = true,
            ["max_length"] = maxLength,
        };
        if (autocomplete)
        {
            option["autocomplete"] = true;
        }

        return option;
    }
}
