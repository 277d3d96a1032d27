using DigestBot.Host.Digests;
using DigestBot.Host.Ingestion;

namespace DigestBot.Host.Hosting;

/// <summary>The web host behind "serve": services, hosted ingestion and endpoints. Adapters add one line in each method.</summary>
internal static class BotWebApplication
{
    /// <summary>Builds the web application from command-line style arguments ("--urls=http://127.0.0.1:5080") and optional overriding settings.</summary>
    public static WebApplication Create(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is { Count: > 0 })
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        ConfigureServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        MapEndpoints(app);
        return app;
    }

    /// <summary>Services of the web host. Adapters: add "services.AddDiscord(configuration);" style lines here.</summary>
    public static void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDigestBot(configuration);
        services.AddSingleton<IngestionStatus>();
        services.AddHostedService<IngestionService>();
        services.AddDigestScheduling();
    }

    /// <summary>Endpoints of the web host. Adapters: add "app.MapDiscord();" style lines here.</summary>
    public static void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthEndpoints();
    }
}
