using BenchmarkDotNet.Configs;

namespace DigestBot.Benchmarks;

/// <summary>Default BenchmarkDotNet settings plus the MB/s column.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Adds the throughput column.</summary>
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}
