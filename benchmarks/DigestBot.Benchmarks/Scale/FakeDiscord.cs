using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Benchmarks.Scale;

/// <summary>
/// A loopback Kestrel stand-in for Discord's "create message" route that enforces Discord's documented limits: a
/// per-route bucket per channel (5 messages per 5 s, announced in X-RateLimit-* headers) and the global 50 requests
/// a second (a token bucket of 50 refilled at 50/s). Over a limit it answers 429 with retry_after, as Discord does.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    /// <summary>Global requests per second.</summary>
    public const double GlobalPerSecond = 50;

    private const int RouteLimit = 5;
    private static readonly TimeSpan RouteWindow = TimeSpan.FromSeconds(5);
    private readonly WebApplication _app;
    private readonly Lock _globalLock = new();
    private readonly ConcurrentDictionary<string, (int Used, long ResetAt)> _routes = new();
    private readonly ConcurrentQueue<(long At, int Status)> _log = new();
    private double _tokens = GlobalPerSecond;
    private long _refilledAt = Stopwatch.GetTimestamp();
    private long _id;

    private FakeDiscord(WebApplication app) => _app = app;

    /// <summary>The base URL to give Discord:ApiBaseUrl.</summary>
    public string ApiBaseUrl { get; private set; } = "";

    /// <summary>Every answered request: when (Stopwatch ticks) and its status.</summary>
    public IReadOnlyCollection<(long At, int Status)> Log => _log;

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.MapPost("/api/v10/channels/{channel}/messages", (string channel, HttpContext context) => fake.Handle(channel, context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ApiBaseUrl = address.TrimEnd('/') + "/api/v10/";
        return fake;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Handle(string channel, HttpContext context)
    {
        var now = Stopwatch.GetTimestamp();
        var headers = context.Response.Headers;
        if (!TakeGlobal(now, out var globalWait))
        {
            headers["X-RateLimit-Global"] = "true";
            headers["X-RateLimit-Scope"] = "global";
            headers["Retry-After"] = Math.Ceiling(globalWait).ToString(CultureInfo.InvariantCulture);
            return TooMany(now, globalWait, global: true);
        }

        var route = _routes.AddOrUpdate(
            channel,
            _ => (1, now + (long)(RouteWindow.TotalSeconds * Stopwatch.Frequency)),
            (_, r) => r.ResetAt <= now ? (1, now + (long)(RouteWindow.TotalSeconds * Stopwatch.Frequency)) : (r.Used + 1, r.ResetAt));
        var resetAfter = (double)(route.ResetAt - now) / Stopwatch.Frequency;
        headers["X-RateLimit-Bucket"] = "fake-create-message";
        headers["X-RateLimit-Limit"] = RouteLimit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = Math.Max(0, RouteLimit - route.Used).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
        if (route.Used > RouteLimit)
        {
            headers["X-RateLimit-Scope"] = "user";
            return TooMany(now, resetAfter, global: false);
        }

        _log.Enqueue((now, 200));
        var id = Interlocked.Increment(ref _id).ToString(CultureInfo.InvariantCulture);
        return Results.Json(new { id, channel_id = channel });
    }

    private IResult TooMany(long now, double retryAfter, bool global)
    {
        _log.Enqueue((now, 429));
        return Results.Json(new { message = "You are being rate limited.", retry_after = Math.Round(retryAfter, 3), global }, statusCode: 429);
    }

    private bool TakeGlobal(long now, out double wait)
    {
        lock (_globalLock)
        {
            _tokens = Math.Min(GlobalPerSecond, _tokens + ((double)(now - _refilledAt) / Stopwatch.Frequency * GlobalPerSecond));
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                wait = 0;
                return true;
            }

            wait = (1 - _tokens) / GlobalPerSecond;
            return false;
        }
    }
}
