using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using DigestBot.Core.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace DigestBot.Slack.Tests.Fakes;

/// <summary>The adapter as the host runs it: AddSlack + MapSlack on a real Kestrel on loopback, with a Moq command handler.</summary>
internal sealed class SlackTestHost : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret";

    private SlackTestHost(WebApplication app, HttpClient client, Mock<IChatCommandHandler> handler)
    {
        App = app;
        Client = client;
        Handler = handler;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public Mock<IChatCommandHandler> Handler { get; }

    public static async Task<SlackTestHost> StartAsync(
        FakeSlackApi slack, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = FakeSlackApi.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSlack(builder.Configuration);
        var handler = new Mock<IChatCommandHandler>(MockBehavior.Strict);
        builder.Services.AddSingleton(handler.Object);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapSlack();
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(15) };
        return new SlackTestHost(app, client, handler);
    }

    /// <summary>Posts a body signed the way Slack signs it (computed here independently of the product code).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(
        string path, string body, string contentType, DateTimeOffset? at = null, string secret = SigningSecret, int? retryNum = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return Client.SendAsync(request);
    }

    /// <summary>A slash command form body as Slack sends it.</summary>
    public static string CommandForm(string command, string text, Uri responseUrl, string channel = "C100", string user = "U100") =>
        string.Join('&',
            "token=legacy",
            "team_id=T1",
            "team_domain=test",
            $"channel_id={channel}",
            "channel_name=general",
            $"user_id={user}",
            "user_name=alice",
            $"command={Uri.EscapeDataString(command)}",
            $"text={Uri.EscapeDataString(text)}",
            $"response_url={Uri.EscapeDataString(responseUrl.ToString())}",
            "trigger_id=1.2.3");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
