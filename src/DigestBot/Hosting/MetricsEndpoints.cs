using Prometheus;

namespace DigestBot.Host.Hosting;

/// <summary>GET /metrics in Prometheus text format: the "DigestBot" meter, .NET and ASP.NET Core meters, and HTTP request latency.</summary>
internal static class MetricsEndpoints
{
    // prometheus-net otherwise connects its meter adapter at the first scrape, losing what was counted before it
    // (the first index). Started once per process; with the default options a second start is a no-op.
    private static readonly IDisposable MeterListening = MeterAdapter.StartListening();

    /// <summary>Measures every request (http_request_duration_seconds) and maps GET /metrics.</summary>
    public static WebApplication MapMetricsEndpoint(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        GC.KeepAlive(MeterListening);
        app.UseHttpMetrics();
        app.MapMetrics("/metrics");
        return app;
    }
}
