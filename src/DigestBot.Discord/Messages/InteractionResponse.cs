namespace DigestBot.Discord.Messages;

/// <summary>The first reply to an interaction: a message, a deferral, a pong or autocomplete choices.</summary>
internal sealed record InteractionResponse(int Type, object? Data = null)
{
    public const int PongType = 1;
    public const int ChannelMessageType = 4;
    public const int DeferredChannelMessageType = 5;
    public const int AutocompleteResultType = 8;

    public static InteractionResponse Pong { get; } = new(PongType);

    public static InteractionResponse Message(DiscordMessage message) => new(ChannelMessageType, message);

    public static InteractionResponse Deferred(bool ephemeral) =>
        new(DeferredChannelMessageType, ephemeral ? new DiscordMessage(null, null, DiscordMessage.EphemeralFlag) : null);

    public static InteractionResponse Choices(IEnumerable<AutocompleteChoice> choices) =>
        new(AutocompleteResultType, new AutocompleteData([.. choices]));
}
