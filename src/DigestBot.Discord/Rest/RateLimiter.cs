using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DigestBot.Discord.Rest;

/// <summary>
/// Discord's rate limits as learned from response headers: per-route buckets (X-RateLimit-Bucket, -Remaining,
/// -Reset-After), the global limit (50 requests a second, and 429s with global=true), shared by all requests.
/// </summary>
internal sealed class RateLimiter(TimeProvider time)
{
    /// <summary>Discord's global limit for a bot.</summary>
    public const int GlobalPerSecond = 50;

    /// <summary>
    /// Requests sent at once before the steady 50 a second pace applies. Below 50 on purpose: the 10 left over absorb
    /// requests that reach Discord closer together than they left (scheduling, connection reuse), so a pace that is
    /// right on our side is never a 429 on theirs.
    /// </summary>
    public const int GlobalBurst = 40;

    private static readonly TimeSpan GlobalInterval = TimeSpan.FromSeconds(1.0 / GlobalPerSecond);

    /// <summary>Values beyond this are treated as bogus and clamped.</summary>
    public static readonly TimeSpan MaxPlausibleWait = TimeSpan.FromMinutes(2);

    /// <summary>Used when a 429 carries no usable retry value.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, string> _routeBuckets = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new();
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalUntil;

    // Generic cell rate algorithm: the time at which the global pace would next be back to idle.
    private DateTimeOffset _globalTat;

    /// <summary>How long to wait before this request may be sent; zero means go (and a slot is taken).</summary>
    public TimeSpan Reserve(RouteKey route) => Reserve(route, out _);

    /// <summary>
    /// Reserves this request's place. When <paramref name="reserved"/> is true a slot is taken: send after the returned
    /// wait without asking again (requests queue in order, evenly paced). When false nothing is taken (a known-empty
    /// bucket or a global 429): wait and ask again.
    /// </summary>
    public TimeSpan Reserve(RouteKey route, out bool reserved)
    {
        reserved = false;
        ArgumentNullException.ThrowIfNull(route);
        var now = time.GetUtcNow();
        var bucket = _buckets.GetValueOrDefault(BucketKey(route));
        if (bucket is not null)
        {
            lock (bucket)
            {
                if (bucket.Remaining is <= 0 && bucket.ResetAt > now)
                {
                    return bucket.ResetAt - now;
                }

                if (bucket.ResetAt <= now)
                {
                    bucket.Remaining = null;
                }
            }
        }

        var wait = TimeSpan.Zero;
        if (!route.ExemptFromGlobal)
        {
            lock (_globalLock)
            {
                if (_globalUntil > now)
                {
                    return _globalUntil - now;
                }

                // Evenly spaced slots, one per 1/50 s, after a burst of GlobalBurst: a fixed one-second window
                // would send 50 at once and then stall, which bunches requests and drifts behind the allowed rate.
                var tat = (_globalTat > now ? _globalTat : now) + GlobalInterval;
                var early = tat - now - (GlobalInterval * GlobalBurst);
                wait = early > TimeSpan.Zero ? early : TimeSpan.Zero;
                _globalTat = tat;
            }
        }

        if (bucket is not null)
        {
            lock (bucket)
            {
                bucket.Remaining--;
            }
        }

        reserved = true;
        return wait;
    }

    /// <summary>Learns the bucket state from a response's X-RateLimit-* headers.</summary>
    public void Learn(RouteKey route, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(headers);
        var id = Header(headers, "X-RateLimit-Bucket");
        var remaining = Header(headers, "X-RateLimit-Remaining");
        var resetAfter = Seconds(Header(headers, "X-RateLimit-Reset-After"));
        if (id is null || remaining is null || resetAfter is null)
        {
            return;
        }

        _routeBuckets[route.Key] = id;
        var bucket = _buckets.GetOrAdd(BucketKey(route), _ => new RateLimitBucket());
        lock (bucket)
        {
            bucket.Remaining = int.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left) ? Math.Max(0, left) : 0;
            bucket.ResetAt = time.GetUtcNow() + Clamp(resetAfter.Value, TimeSpan.Zero);
        }
    }

    /// <summary>Records a 429 and returns how long to wait before retrying.</summary>
    public TimeSpan OnTooManyRequests(RouteKey route, HttpResponseHeaders headers, string? body, out bool global)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(headers);
        double? retryAfter = null;
        global = string.Equals(Header(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(Header(headers, "X-RateLimit-Scope"), "global", StringComparison.OrdinalIgnoreCase);
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("retry_after", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds))
                {
                    retryAfter = seconds;
                }

                global |= document.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page): fall back to the headers.
        }

        retryAfter ??= Seconds(Header(headers, "Retry-After")) ?? Seconds(Header(headers, "X-RateLimit-Reset-After"));
        var delay = Clamp(retryAfter ?? double.NaN, DefaultRetryAfter);
        var until = time.GetUtcNow() + delay;
        if (global)
        {
            lock (_globalLock)
            {
                _globalUntil = until > _globalUntil ? until : _globalUntil;
            }
        }
        else
        {
            var bucket = _buckets.GetOrAdd(BucketKey(route), _ => new RateLimitBucket());
            lock (bucket)
            {
                bucket.Remaining = 0;
                bucket.ResetAt = until;
            }
        }

        return delay;
    }

    /// <summary>Turns a number of seconds into a wait: negative or NaN gives <paramref name="fallback"/>, huge is capped.</summary>
    public static TimeSpan Clamp(double seconds, TimeSpan fallback)
    {
        if (double.IsNaN(seconds) || seconds < 0)
        {
            return fallback;
        }

        return seconds > MaxPlausibleWait.TotalSeconds ? MaxPlausibleWait : TimeSpan.FromSeconds(seconds);
    }

    private string BucketKey(RouteKey route) =>
        (_routeBuckets.TryGetValue(route.Key, out var id) ? id : route.Key) + "|" + route.Major;

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
}
