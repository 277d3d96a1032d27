using DigestBot.Core.Diagnostics;
using DigestBot.Core.Storage;

namespace DigestBot.Host.Hosting.Readiness;

/// <summary>Ready when the database opens and answers a query (the article counts).</summary>
internal sealed class DatabaseReadinessCheck(IArticleStore store) : IReadinessCheck
{
    public string Name => "database";

    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
            return ReadinessResult.Ready($"{counts.Articles} articles");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure to query means "not ready"; the reason goes into the /readyz body.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ReadinessResult.NotReady("database not queryable: " + ex.Message.Split('\n')[0].Trim());
        }
    }
}
