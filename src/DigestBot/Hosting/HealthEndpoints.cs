using DigestBot.Host.Hosting.Readiness;
using DigestBot.Host.Ingestion;

namespace DigestBot.Host.Hosting;

/// <summary>Liveness and readiness endpoints for containers, orchestrators and load balancers.</summary>
internal static class HealthEndpoints
{
    /// <summary>Maps GET /healthz (alive: 200 with the last ingestion run's figures) and GET /readyz (200 or 503 per part).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (IngestionStatus status) =>
        {
            var report = status.LastReport;
            return Results.Ok(new
            {
                status = "ok",
                ingestion = report is null
                    ? null
                    : new
                    {
                        lastRunAt = status.LastRunAt,
                        articles = report.TotalArticles,
                        quotes = report.TotalQuotes,
                        people = report.TotalPeople,
                        skipped = report.Skipped.Count,
                    },
            });
        });
        endpoints.MapGet("/readyz", async (ReadinessReport readiness, CancellationToken cancellationToken) =>
        {
            var results = await readiness.RunAsync(cancellationToken).ConfigureAwait(false);
            var ready = results.Values.All(r => r.IsReady);
            var body = new
            {
                status = ready ? "ready" : "not ready",
                checks = results.ToDictionary(r => r.Key, r => new { ready = r.Value.IsReady, detail = r.Value.Detail }, StringComparer.Ordinal),
            };
            return Results.Json(body, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
