using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Configuration;

/// <summary>Maps the slash command a user typed ("/newsask") to the bot command ("ask").</summary>
internal sealed class SlackCommandMap
{
    /// <summary>The commands the Core's handler understands.</summary>
    public static readonly FrozenSet<string> KnownCommands =
        new[] { "ask", "quotes", "search", "digest", "sources", "help" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, string> _map;

    public SlackCommandMap(IOptions<SlackOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.Commands;
        _map = configured.Count == 0
            ? KnownCommands.ToFrozenDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase)
            : configured.ToFrozenDictionary(p => Normalize(p.Key), p => p.Value.ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The slash commands this bot answers, with their leading slash.</summary>
    public IEnumerable<string> SlashNames => _map.Keys.Select(k => "/" + k);

    /// <summary>The bot command for <paramref name="slash"/>, or null when it is not one of ours.</summary>
    public string? Resolve(string slash) => _map.GetValueOrDefault(Normalize(slash));

    private static string Normalize(string slash) => slash.Trim().TrimStart('/');
}
