namespace DigestBot.Core.Diagnostics;

/// <summary>One part of the bot that must be ready before it takes traffic; the host's /readyz asks every registered check.</summary>
public interface IReadinessCheck
{
    /// <summary>Short name shown in /readyz, e.g. "database", "index", "discord", "scheduler".</summary>
    string Name { get; }

    /// <summary>Says whether this part is ready; should answer within a second and never throw for "not ready".</summary>
    Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken);
}
