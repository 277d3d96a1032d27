using DigestBot.Core.Diagnostics;
using Quartz;

namespace DigestBot.Host.Hosting.Readiness;

/// <summary>Ready once the Quartz scheduler that fires the daily digests has started.</summary>
internal sealed class SchedulerReadinessCheck(ISchedulerFactory schedulers) : IReadinessCheck
{
    public string Name => "scheduler";

    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        if (scheduler.IsShutdown)
        {
            return ReadinessResult.NotReady("digest scheduler is shut down");
        }

        return scheduler.IsStarted && !scheduler.InStandbyMode
            ? ReadinessResult.Ready("digest scheduler started")
            : ReadinessResult.NotReady("digest scheduler not started yet");
    }
}
