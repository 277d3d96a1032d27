using DigestBot.Core.Coordination;
using DigestBot.Core.Diagnostics;
using DigestBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Hosting.Readiness;

/// <summary>Ready when Slack has the credentials its mode needs; registered only when a Slack credential is set.</summary>
internal sealed class SlackReadinessCheck(IOptions<SlackOptions> options, LeaseRunner leases) : IReadinessCheck
{
    public string Name => "slack";

    public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var result = o.IsEnabled
            ? ReadinessResult.Ready($"configured ({o.Mode})" + (o.Mode != SlackMode.Socket ? "" : leases.Holds(LeaseNames.SlackSocketMode)
                ? "; this replica holds the Socket Mode connection"
                : "; standby: the Socket Mode connection is held by another replica or not yet taken"))
            : ReadinessResult.NotReady(o.Mode == SlackMode.Socket
                ? "Slack Socket Mode needs Slack__BotToken and Slack__AppToken"
                : "Slack HTTP mode needs Slack__BotToken and Slack__SigningSecret");
        return Task.FromResult(result);
    }
}
