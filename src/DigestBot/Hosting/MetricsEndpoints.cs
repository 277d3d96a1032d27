using Prometheus;

namespace DigestBot.Host.Hosting;

/// <summary>GET /metrics in Prometheus text format: the "DigestBot" meter, .NET and ASP.NET Core meters, and HTTP request latency.</summary>
internal static class MetricsEndpoints
{
    /// <summary>Measures every request (http_request_duration_seconds) and maps GET /metrics.</summary>
    public static WebApplication MapMetricsEndpoint(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseHttpMetrics();
        app.MapMetrics("/metrics");
        return app;
    }
}
