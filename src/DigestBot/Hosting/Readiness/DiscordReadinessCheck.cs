using DigestBot.Core.Coordination;
using DigestBot.Core.Diagnostics;
using DigestBot.Discord.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Hosting.Readiness;

/// <summary>
/// Ready when Discord is off or has the credentials its mode needs; registered only when Discord is enabled. In gateway
/// mode it says whether this replica holds the gateway connection or stands by (both are ready).
/// </summary>
internal sealed class DiscordReadinessCheck(IOptions<DiscordOptions> options, LeaseRunner leases) : IReadinessCheck
{
    public string Name => "discord";

    public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var result = o switch
        {
            { UsesGateway: true, BotToken: null or "" } => ReadinessResult.NotReady("Discord:BotToken is not set (environment variable Discord__BotToken)"),
            { UsesInteractions: true, PublicKey: null or "" } => ReadinessResult.NotReady("Discord:PublicKey is not set"),
            { UsesGateway: true } => ReadinessResult.Ready($"configured ({o.Mode}); " + (leases.Holds(LeaseNames.DiscordGateway)
                ? "this replica holds the gateway connection"
                : "standby: the gateway connection is held by another replica or not yet taken")),
            _ => ReadinessResult.Ready($"configured ({o.Mode})"),
        };
        return Task.FromResult(result);
    }
}
