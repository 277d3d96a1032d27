using DigestBot.Core.Diagnostics;

namespace DigestBot.Host.Hosting.Readiness;

/// <summary>Runs every registered <see cref="IReadinessCheck"/> and gathers the answers for /readyz.</summary>
internal sealed class ReadinessReport(IEnumerable<IReadinessCheck> checks)
{
    /// <summary>Longest a single check may take before it counts as not ready.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Asks every check; a check that throws or times out is not ready.</summary>
    public async Task<IReadOnlyDictionary<string, ReadinessResult>> RunAsync(CancellationToken cancellationToken)
    {
        var results = new SortedDictionary<string, ReadinessResult>(StringComparer.Ordinal);
        foreach (var check in checks)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(CheckTimeout);
            try
            {
                results[check.Name] = await check.CheckAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                results[check.Name] = ReadinessResult.NotReady($"no answer within {CheckTimeout.TotalSeconds:0} s");
            }
#pragma warning disable CA1031 // A broken check must not break /readyz; it reports not ready with the reason.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                results[check.Name] = ReadinessResult.NotReady("check failed: " + ex.Message.Split('\n')[0].Trim());
            }
        }

        return results;
    }
}
