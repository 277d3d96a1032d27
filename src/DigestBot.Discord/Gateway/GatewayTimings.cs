namespace DigestBot.Discord.Gateway;

/// <summary>Waits between gateway connections; tests shorten them.</summary>
internal sealed class GatewayTimings
{
    /// <summary>First reconnect delay after a failure; doubles per failure in a row.</summary>
    public TimeSpan ReconnectBase { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest reconnect delay.</summary>
    public TimeSpan ReconnectMax { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord asks for a random 1 to 5 seconds before identifying after a non-resumable op 9.</summary>
    public TimeSpan InvalidSessionMin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper end of the op 9 wait.</summary>
    public TimeSpan InvalidSessionMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time allowed to open the WebSocket.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
