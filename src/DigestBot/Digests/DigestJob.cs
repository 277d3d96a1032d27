using DigestBot.Core.Digests;
using Quartz;

namespace DigestBot.Host.Digests;

/// <summary>Runs one subscription's digest for the trigger's scheduled fire time; the work is in <see cref="DigestRunner"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestRunner runner, TimeProvider time) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subscriptionId = QuartzDigestSchedule.IdOf(context.JobDetail.Key.Name);

        // The scheduled time, not the actual one, keys the outbox row, so a late or repeated fire is the same delivery.
        var fireTime = context.ScheduledFireTimeUtc ?? time.GetUtcNow();
        await runner.RunAsync(subscriptionId, fireTime, cancellationToken).ConfigureAwait(false);
    }
}
