using System.Net.Http.Headers;
using System.Text;
using DigestBot.Core.Answers;
using DigestBot.Core.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace DigestBot.Discord.Tests.Support;

/// <summary>A real Kestrel host on 127.0.0.1 with AddDiscord + MapDiscord and mocked Core ports.</summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DiscordTestHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    /// <summary>A client whose base address is the host.</summary>
    public HttpClient Client { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<DiscordTestHost> StartAsync(
        IDictionary<string, string?> settings,
        Mock<IChatCommandHandler>? handler = null,
        Mock<IQuestionAnswerer>? answerer = null,
        TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.AddSingleton((handler ?? new Mock<IChatCommandHandler>(MockBehavior.Strict)).Object);
        if (answerer is not null)
        {
            builder.Services.AddSingleton(answerer.Object);
        }

        var app = builder.Build();
        app.MapDiscord();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(15) };
        return new DiscordTestHost(app, client);
    }

    /// <summary>POSTs a body to /discord/interactions with the given headers (null leaves a header out).</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions")
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Signs and POSTs a body the way Discord does.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(TestKey key, string body, DateTimeOffset at)
    {
        var timestamp = TestKey.Timestamp(at);
        return PostAsync(body, key.Sign(timestamp, Encoding.UTF8.GetBytes(body)), timestamp);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
