using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Tests.Support;

/// <summary>A loopback WebSocket gateway fake on Kestrel; each connection runs the script for its number.</summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeGatewayConnection> _connections = new();
    private readonly Func<FakeGatewayConnection, int, Task> _script;
    private int _count;

    private FakeGateway(WebApplication app, Func<FakeGatewayConnection, int, Task> script)
    {
        _app = app;
        _script = script;
    }

    /// <summary>ws://127.0.0.1:port (no trailing path).</summary>
    public string Url { get; private set; } = "";

    public IReadOnlyList<FakeGatewayConnection> Connections => [.. _connections];

    public static async Task<FakeGateway> StartAsync(Func<FakeGatewayConnection, int, Task> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new FakeGateway(app, script);
        app.UseWebSockets();
        app.Run(gateway.AcceptAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        gateway.Url = "ws" + address.TrimEnd('/')[4..];
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path);
        _connections.Enqueue(connection);
        await _script(connection, Interlocked.Increment(ref _count) - 1);
    }
}
