using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Slack.Tests.Fakes;

/// <summary>
/// A hand-written Slack Web API on loopback Kestrel (Prism cannot fake Slack, see shared/specs/README.md).
/// It checks the shape of every call, keeps posted messages for conversations.history, and can be told to
/// answer a method with an ok:false error or a 429.
/// </summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-bot-token";
    public const string AppToken = "xapp-test-app-token";
    public const string BotUserId = "UBOT";

    private static readonly string[] BotMethods =
        ["auth.test", "chat.postMessage", "chat.postEphemeral", "conversations.history", "users.info"];

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string Json, string? RetryAfter)>> _scripted = new();
    private readonly ConcurrentDictionary<string, List<JsonObject>> _posted = new();
    private readonly Channel<RecordedCall> _arrivals = Channel.CreateUnbounded<RecordedCall>();
    private long _ts = 1_700_000_000_000_100;

    private FakeSlackApi(WebApplication app) => _app = app;

    /// <summary>Every call in arrival order.</summary>
    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Shape problems found in calls; tests assert this stays empty.</summary>
    public ConcurrentQueue<string> Violations { get; } = new();

    /// <summary>Users that users.info reports as workspace admins.</summary>
    public ConcurrentDictionary<string, bool> Admins { get; } = new();

    /// <summary>The Web API base address, with the trailing slash.</summary>
    public Uri ApiBaseUrl => new(Root, "api/");

    /// <summary>Where the app listens.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>Set by the Socket Mode fake to answer apps.connections.open.</summary>
    public Func<string>? SocketUrl { get; set; }

    public static async Task<FakeSlackApi> StartAsync(Action<WebApplication>? extra = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (HttpContext c, string method) => fake.HandleApiAsync(c, method));
        app.MapPost("/hooks/{id}", (HttpContext c, string id) => fake.HandleHookAsync(c, id));
        extra?.Invoke(app);
        await app.StartAsync();
        fake.Root = new Uri(app.Urls.First() + "/");
        return fake;
    }

    /// <summary>A response_url on this fake.</summary>
    public Uri ResponseUrl(string id) => new(Root, "hooks/" + id);

    /// <summary>The next call of <paramref name="method"/> gets this answer instead of the default.</summary>
    public void Enqueue(string method, int status, string json, string? retryAfter = null) =>
        _scripted.GetOrAdd(method, _ => new()).Enqueue((status, json, retryAfter));

    /// <summary>The next call of <paramref name="method"/> gets ok:false with <paramref name="error"/>.</summary>
    public void EnqueueError(string method, string error) => Enqueue(method, 200, $$"""{"ok":false,"error":"{{error}}"}""");

    /// <summary>Waits (bounded) for the next call of <paramref name="method"/> not yet waited for.</summary>
    public async Task<RecordedCall> WaitForAsync(string method, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var call = await _arrivals.Reader.ReadAsync(cts.Token);
            if (call.Method == method)
            {
                return call;
            }
        }
    }

    public IReadOnlyList<RecordedCall> CallsTo(string method) => [.. Calls.Where(c => c.Method == method)];

    private async Task HandleApiAsync(HttpContext context, string method)
    {
        var body = await ReadJsonAsync(context, method);
        var auth = context.Request.Headers.Authorization.ToString();
        var expected = method == "apps.connections.open" ? AppToken : BotToken;
        if (!BotMethods.Contains(method) && method != "apps.connections.open")
        {
            Violations.Enqueue($"unknown method {method}");
        }

        if (auth != "Bearer " + expected)
        {
            Violations.Enqueue($"{method}: Authorization '{auth}' is not 'Bearer {expected}'");
        }

        if (method is "chat.postMessage" or "chat.postEphemeral")
        {
            MessageShape.Check(method, body, Violations);
            if (body["channel"]?.GetValueKind() != JsonValueKind.String)
            {
                Violations.Enqueue($"{method}: no channel");
            }
        }

        var call = new RecordedCall(method, auth, body);
        Calls.Enqueue(call);
        _arrivals.Writer.TryWrite(call);
        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            await context.Response.WriteAsync(scripted.Json);
            return;
        }

        await context.Response.WriteAsJsonAsync(Default(method, body));
    }

    private async Task HandleHookAsync(HttpContext context, string id)
    {
        var body = await ReadJsonAsync(context, "response_url");
        if (context.Request.Headers.Authorization.Count > 0)
        {
            Violations.Enqueue("response_url: the bot token was sent to response_url");
        }

        MessageShape.Check("response_url", body, Violations);
        var call = new RecordedCall("hooks/" + id, null, body);
        Calls.Enqueue(call);
        _arrivals.Writer.TryWrite(call);
        await context.Response.WriteAsync("ok");
    }

    private async Task<JsonObject> ReadJsonAsync(HttpContext context, string method)
    {
        if (context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            Violations.Enqueue($"{method}: Content-Type '{context.Request.ContentType}' is not JSON");
        }

        try
        {
            return await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        }
        catch (JsonException ex)
        {
            Violations.Enqueue($"{method}: body is not JSON: {ex.Message}");
            return [];
        }
    }

    private JsonObject Default(string method, JsonObject body)
    {
        var channel = body["channel"]?.GetValue<string>() ?? "";
        switch (method)
        {
            case "auth.test":
                return new() { ["ok"] = true, ["url"] = "https://test-team.slack.com/", ["team"] = "Test Team", ["team_id"] = "T1", ["user"] = "digestbot", ["user_id"] = BotUserId, ["bot_id"] = "BBOT" };
            case "chat.postMessage":
                var ts = (Interlocked.Increment(ref _ts) / 1_000_000.0).ToString("F6", CultureInfo.InvariantCulture);
                var message = new JsonObject { ["type"] = "message", ["ts"] = ts, ["text"] = body["text"]?.DeepClone() };
                if (body["metadata"] is JsonNode metadata)
                {
                    message["metadata"] = metadata.DeepClone();
                }

                lock (_posted)
                {
                    _posted.GetOrAdd(channel, _ => []).Insert(0, message);
                }

                return new() { ["ok"] = true, ["channel"] = channel, ["ts"] = ts, ["message"] = message.DeepClone() };
            case "chat.postEphemeral":
                return new() { ["ok"] = true, ["message_ts"] = "1700000000.000001" };
            case "conversations.history":
                lock (_posted)
                {
                    var messages = new JsonArray([.. _posted.GetValueOrDefault(channel, []).Select(m => m.DeepClone())]);
                    return new()
                    {
                        ["ok"] = true,
                        ["messages"] = messages,
                        ["has_more"] = false,
                        ["pin_count"] = 0,
                        ["channel_actions_ts"] = null,
                        ["channel_actions_count"] = 0,
                    };
                }

            case "users.info":
                var user = body["user"]?.GetValue<string>() ?? "";
                return new() { ["ok"] = true, ["user"] = new JsonObject { ["id"] = user, ["is_admin"] = Admins.ContainsKey(user) } };
            case "apps.connections.open" when SocketUrl is not null:
                return new() { ["ok"] = true, ["url"] = SocketUrl() };
            default:
                return new() { ["ok"] = false, ["error"] = "unknown_method" };
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
