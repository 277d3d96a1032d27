using DigestBot.Core.Ingestion;

namespace DigestBot.Host.Ingestion;

/// <summary>The outcome of the hosted ingestion's latest run, for /healthz and for tests that wait for the first run.</summary>
internal sealed class IngestionStatus
{
    private readonly TaskCompletionSource _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The latest report, or null before the first run finished.</summary>
    public IndexReport? LastReport { get; private set; }

    /// <summary>When the latest run finished.</summary>
    public DateTimeOffset? LastRunAt { get; private set; }

    /// <summary>Completes when the first run has finished (successfully or not).</summary>
    public Task FirstRun => _firstRun.Task;

    /// <summary>Records a finished run.</summary>
    public void Record(IndexReport? report, DateTimeOffset at)
    {
        if (report is not null)
        {
            LastReport = report;
        }

        LastRunAt = at;
        _firstRun.TrySetResult();
    }
}
