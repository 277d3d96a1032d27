using DigestBot.Core.Diagnostics;
using DigestBot.Host.Ingestion;

namespace DigestBot.Host.Hosting.Readiness;

/// <summary>Ready once the hosted ingestion has built the first index.</summary>
internal sealed class IndexReadinessCheck(IngestionStatus status) : IReadinessCheck
{
    public string Name => "index";

    public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var result = (status.LastReport, status.LastRunAt) switch
        {
            ({ } report, _) => ReadinessResult.Ready($"{report.TotalArticles} articles, {report.TotalQuotes} quotes"),
            (null, null) => ReadinessResult.NotReady("first index not built yet"),
            (null, _) => ReadinessResult.NotReady("first index run failed; see the log, retrying at the next rescan"),
        };
        return Task.FromResult(result);
    }
}
