using DigestBot.Host.Ingestion;

namespace DigestBot.Host.Hosting;

/// <summary>Liveness endpoint for containers and load balancers.</summary>
internal static class HealthEndpoints
{
    /// <summary>Maps GET /healthz: 200 with the last ingestion run's figures.</summary>
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
        return endpoints;
    }
}
