using DigestBot.Core.Diagnostics;
using DigestBot.Discord.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Hosting.Readiness;

/// <summary>Ready when Discord is off or has the credentials its mode needs; registered only when Discord is enabled.</summary>
internal sealed class DiscordReadinessCheck(IOptions<DiscordOptions> options) : IReadinessCheck
{
    public string Name => "discord";

    public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var result = o switch
        {
            { UsesGateway: true, BotToken: null or "" } => ReadinessResult.NotReady("Discord:BotToken is not set (environment variable Discord__BotToken)"),
            { UsesInteractions: true, PublicKey: null or "" } => ReadinessResult.NotReady("Discord:PublicKey is not set"),
            _ => ReadinessResult.Ready($"configured ({o.Mode})"),
        };
        return Task.FromResult(result);
    }
}
