using System.IO.Compression;
using System.Net;
using DigestBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Feeds.Tests.Fetching;

/// <summary>A real Kestrel server on 127.0.0.1 serving the shared feed fixtures and misbehaving on purpose.</summary>
internal sealed class FeedTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _bodiesServed;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private int _flakyCalls;
    private readonly System.Collections.Concurrent.ConcurrentQueue<FeedRequest> _log = new();

    private FeedTestServer(WebApplication app) => _app = app;

    /// <summary>The server's base address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The document served at /dynamic (tests change it between polls).</summary>
    public string DynamicFeed { get; set; } = string.Empty;

    /// <summary>Every request in arrival order: path, when it arrived (system clock) and the status answered.</summary>
    public IReadOnlyList<FeedRequest> Log => [.. _log];

    /// <summary>How many requests reached <paramref name="path"/> (any status).</summary>
    public int Requests(string path) => _requests.GetValueOrDefault("/" + path.TrimStart('/'));

    /// <summary>How many full feed bodies (200 responses from /feeds) were sent.</summary>
    public int BodiesServed => Volatile.Read(ref _bodiesServed);

    public static async Task<FeedTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FeedTestServer(app);
        server.MapRoutes();
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First() + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapRoutes()
    {
        _app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            var arrived = DateTimeOffset.UtcNow;
            _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
            try
            {
                await next(context);
            }
            finally
            {
                _log.Enqueue(new FeedRequest(path, arrived, context.RequestAborted.IsCancellationRequested ? 0 : context.Response.StatusCode));
            }
        });
        _app.MapGet("/feeds/{file}", ServeFeedAsync);
        _app.MapGet("/gzip/{file}", ServeGzipAsync);
        _app.MapGet("/dynamic", () => Results.Text(DynamicFeed, "application/rss+xml"));
        _app.MapGet("/busy", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "120";
            return Results.StatusCode(429);
        });
        _app.MapGet("/busy/{seconds:int}", (HttpContext context, int seconds) =>
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(429);
        });
        _app.MapGet("/fail", () => Results.StatusCode(500));
        _app.MapGet("/flaky", (Delegate)((HttpContext context) => Interlocked.Increment(ref _flakyCalls) == 1
            ? Task.FromResult(Results.StatusCode(500))
            : ServeFeedAsync(context, "feedparser__examples_rss20.xml")));
        _app.MapGet("/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
            return Results.Ok();
        });
        _app.MapGet("/huge", StreamHugeAsync);
        _app.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        _app.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        _app.MapGet("/moved", () => Results.Redirect("/feeds/feedparser__examples_atom10.xml", permanent: true));
        _app.MapGet("/chain/{n:int}", (int n) => Results.Redirect(n > 0 ? $"/chain/{n - 1}" : "/feeds/feedparser__examples_rss20.xml"));
    }

    private async Task<IResult> ServeFeedAsync(HttpContext context, string file)
    {
        var path = RepoPaths.InShared("feeds", Path.GetFileName(file));
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }

        var etag = "\"" + new FileInfo(path).Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return Results.StatusCode((int)HttpStatusCode.NotModified);
        }

        Interlocked.Increment(ref _bodiesServed);
        return Results.Bytes(await File.ReadAllBytesAsync(path), "application/xml");
    }

    private static async Task ServeGzipAsync(HttpContext context, string file)
    {
        var bytes = await File.ReadAllBytesAsync(RepoPaths.InShared("feeds", Path.GetFileName(file)));
        context.Response.Headers.ContentEncoding = "gzip";
        context.Response.ContentType = "application/xml";
        await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Fastest);
        await gzip.WriteAsync(bytes, context.RequestAborted);
    }

    // 50 MB of XML-ish filler, streamed without a Content-Length so only the reader's cap can stop it.
    private static async Task StreamHugeAsync(HttpContext context)
    {
        context.Response.ContentType = "application/xml";
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        try
        {
            for (var sent = 0L; sent < 50L * 1024 * 1024; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client hung up at its cap: expected.
        }
    }
}
