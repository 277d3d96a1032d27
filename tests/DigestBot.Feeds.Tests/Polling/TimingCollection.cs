namespace DigestBot.Feeds.Tests.Polling;

/// <summary>
/// Tests that measure real-time schedules run alone, after the parallel ones: the CPU-heavy manifest and robustness
/// tests running beside them would measure the machine, not the poller.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Real-time schedules";
}
