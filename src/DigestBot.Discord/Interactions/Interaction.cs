namespace DigestBot.Discord.Interactions;

/// <summary>The parts of a Discord interaction the adapter uses.</summary>
/// <param name="Type">1 ping, 2 application command, 4 autocomplete; others are not handled.</param>
/// <param name="Id">The interaction id (for the callback URL in gateway mode).</param>
/// <param name="Token">The interaction token (for callbacks, edits and follow-ups). Never logged.</param>
/// <param name="ApplicationId">The application the interaction is for.</param>
/// <param name="CommandName">The slash command's name.</param>
/// <param name="Text">Option values joined as the Core expects: "subscribe 08:00 Europe/Berlin".</param>
/// <param name="FocusedValue">For autocomplete: what the user has typed so far in the focused option.</param>
/// <param name="ChannelId">Where it was invoked.</param>
/// <param name="UserId">Who invoked it.</param>
/// <param name="IsAdmin">The member has MANAGE_GUILD or ADMINISTRATOR.</param>
internal sealed record Interaction(
    int Type,
    string Id,
    string Token,
    string ApplicationId,
    string CommandName,
    string Text,
    string? FocusedValue,
    string ChannelId,
    string UserId,
    bool IsAdmin)
{
    public const int PingType = 1;
    public const int ApplicationCommandType = 2;
    public const int AutocompleteType = 4;
}
