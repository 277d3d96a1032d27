using DigestBot.Host.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Hosting;

public sealed class HealthCommandTests
{
    [Theory]
    [InlineData("http://+:9000", null, "http://127.0.0.1:9000")]
    [InlineData("http://*:9001;http://localhost:9002", null, "http://127.0.0.1:9001")]
    [InlineData("http://0.0.0.0:9003", "8080", "http://127.0.0.1:9003")]
    [InlineData(null, "18080;18081", "http://127.0.0.1:18080")]
    [InlineData(null, null, "http://127.0.0.1:8080")]
    public void ResolveBaseUrl_UrlsOrPorts_PrefersUrlsThenFirstPort(string? urls, string? ports, string expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls, ["http_ports"] = ports })
            .Build();

        var url = HealthCommand.ResolveBaseUrl(configuration);

        Assert.Equal(expected, url);
    }

    [Fact]
    public async Task Health_ServerAnswers200_ExitsZero()
    {
        await using var app = await StartAsync(StatusCodes.Status200OK);

        var (code, output, _) = await RunAsync("health", "--url", BaseUrl(app));

        Assert.Equal(0, code);
        Assert.StartsWith("healthy:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ServerAnswers503_ExitsOne()
    {
        await using var app = await StartAsync(StatusCodes.Status503ServiceUnavailable);

        var (code, _, error) = await RunAsync("health", "--url", BaseUrl(app));

        Assert.Equal(1, code);
        Assert.Contains("answered 503", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_NothingListening_ExitsOneWithinTimeout()
    {
        string url;
        await using (var app = await StartAsync(StatusCodes.Status200OK))
        {
            url = BaseUrl(app);
        }

        var (code, _, error) = await RunAsync("health", "--url", url, "--timeout", "2");

        Assert.Equal(1, code);
        Assert.StartsWith("unhealthy:", error, StringComparison.Ordinal);
    }

    private static async Task<WebApplication> StartAsync(int status)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.StatusCode(status));
        await app.StartAsync();
        return app;
    }

    private static string BaseUrl(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CommandContext(output, error, Path.GetTempPath(), new Dictionary<string, string?>());

        var code = await CommandLine.RunAsync(args, context, CancellationToken.None);

        return (code, output.ToString(), error.ToString());
    }
}
