using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Clustering;

/// <summary>
/// The three Slack Web API methods a digest replica calls (auth.test, conversations.history, chat.postMessage) on
/// loopback Kestrel. It records every post with the digest's idempotency key, and answers history with the posted
/// messages and their metadata, as Slack does. Any other method, or a call without the bot token, is recorded as a violation.
/// </summary>
internal sealed class FakeSlackWorkspace : IAsyncDisposable
{
    public const string BotToken = "xoxb-cluster-test";

    private readonly WebApplication _app;
    private readonly List<JsonObject> _history = [];
    private readonly TimeProvider _time;
    private long _ts = 1_700_000_000_000_000;
    private int _historyCalls;
    private TaskCompletionSource<SlackPost>? _hold;

    private FakeSlackWorkspace(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    /// <summary>Every chat.postMessage, in arrival order.</summary>
    public ConcurrentQueue<SlackPost> Posts { get; } = new();

    /// <summary>How many conversations.history calls came in (one per delivery attempt).</summary>
    public int HistoryCalls => Volatile.Read(ref _historyCalls);

    /// <summary>Calls that a real Slack would refuse or that a replica should not make.</summary>
    public ConcurrentQueue<string> Violations { get; } = new();

    /// <summary>The Web API base address with its trailing slash, for Slack__ApiBaseUrl.</summary>
    public string ApiBaseUrl { get; private set; } = "";

    public static async Task<FakeSlackWorkspace> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackWorkspace(app, time);
        app.MapPost("/api/{method}", (HttpContext context, string method) => fake.HandleAsync(context, method));
        await app.StartAsync();
        fake.ApiBaseUrl = app.Urls.First() + "/api/";
        return fake;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>
    /// The next chat.postMessage is recorded (the message is "in the channel") but never answered, as if the poster
    /// died before Slack's reply reached it; the task completes with that post when it arrives.
    /// </summary>
    public Task<SlackPost> HoldNextPost()
    {
        _hold = new(TaskCreationOptions.RunContinuationsAsynchronously);
        return _hold.Task;
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + BotToken)
        {
            Violations.Enqueue($"{method}: no bot token");
        }

        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        var channel = body["channel"]?.GetValue<string>() ?? "";
        JsonObject answer;
        switch (method)
        {
            case "auth.test":
                answer = new() { ["ok"] = true, ["team"] = "Cluster", ["team_id"] = "T1", ["user"] = "digestbot", ["user_id"] = "UBOT", ["bot_id"] = "BBOT" };
                break;
            case "conversations.history":
                Interlocked.Increment(ref _historyCalls);
                lock (_history)
                {
                    answer = new() { ["ok"] = true, ["messages"] = new JsonArray([.. _history.Where(m => m["channel"]?.GetValue<string>() == channel).Select(m => m.DeepClone())]) };
                }

                break;
            case "chat.postMessage":
                var ts = (Interlocked.Increment(ref _ts) / 1_000_000.0).ToString("F6", CultureInfo.InvariantCulture);
                var key = body["metadata"]?["event_payload"]?["idempotency_key"]?.GetValue<string>();
                if (key is null)
                {
                    Violations.Enqueue("chat.postMessage without the digest's idempotency key in metadata");
                }

                var message = new JsonObject { ["type"] = "message", ["ts"] = ts, ["channel"] = channel };
                if (body["metadata"] is JsonNode metadata)
                {
                    message["metadata"] = metadata.DeepClone();
                }

                lock (_history)
                {
                    _history.Insert(0, message);
                }

                var post = new SlackPost(channel, key ?? "", ts, _time.GetUtcNow());
                Posts.Enqueue(post);
                if (Interlocked.Exchange(ref _hold, null) is { } hold)
                {
                    hold.TrySetResult(post);
                    try
                    {
                        await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        // The poster was killed; nobody reads the answer.
                    }

                    return;
                }

                answer = new() { ["ok"] = true, ["channel"] = channel, ["ts"] = ts };
                break;
            default:
                Violations.Enqueue("unexpected method " + method);
                answer = new() { ["ok"] = false, ["error"] = "unknown_method" };
                break;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString(JsonSerializerOptions.Web));
    }
}
