using DigestBot.Core.Diagnostics;
using Quartz;

namespace DigestBot.Host.Hosting.Readiness;

/// <summary>Ready once the Quartz scheduler that fires the daily digests is running.</summary>
internal sealed class SchedulerReadinessCheck(ISchedulerFactory schedulers) : IReadinessCheck
{
    public string Name => "scheduler";

    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var status = await scheduler.GetStatus(cancellationToken).ConfigureAwait(false);
        return status == SchedulerStatus.Running
            ? ReadinessResult.Ready("digest scheduler running")
            : ReadinessResult.NotReady($"digest scheduler is {status}");
    }
}
