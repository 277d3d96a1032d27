namespace DigestBot.Discord.Gateway;

/// <summary>Why a gateway connection ended and what to do next.</summary>
/// <param name="Reason">For the log.</param>
/// <param name="Resume">Try to resume the session on the next connection.</param>
/// <param name="Ready">The connection reached READY or RESUMED, so the backoff starts over.</param>
/// <param name="FatalCode">A close code that must not be retried; the gateway stops.</param>
/// <param name="Delay">A wait the protocol asks for (op 9), instead of the backoff.</param>
internal sealed record GatewayExit(string Reason, bool Resume, bool Ready, int? FatalCode = null, TimeSpan? Delay = null)
{
    /// <summary>What to change when Discord closes with a fatal code.</summary>
    public static string FixFor(int code) => code switch
    {
        4004 => "the bot token is wrong or was reset: put the current token in the environment variable Discord__BotToken",
        4010 => "invalid shard sent: this bot does not shard, so check for a proxy rewriting Identify",
        4011 => "the bot is in too many guilds for one connection and needs sharding, which DigestBot does not do yet",
        4012 => "invalid API version: the adapter uses v10; check Discord:GatewayUrl",
        4013 => "invalid intents: the adapter sends intents 0; check for a proxy rewriting Identify",
        4014 => "disallowed intents: disable privileged intents the bot does not need in the developer portal",
        _ => "see Discord's gateway close codes",
    };

    /// <summary>Close codes after which reconnecting cannot help.</summary>
    public static bool IsFatal(int code) => code is 4004 or (>= 4010 and <= 4014);
}
