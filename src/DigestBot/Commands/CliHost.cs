using DigestBot.Host.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Commands;

/// <summary>The service container for one command-line run: configuration, warnings-only logging to stderr, the bot's services.</summary>
internal static class CliHost
{
    /// <summary>Builds the host for a command and validates its options, so bad configuration fails before any work.</summary>
    public static IHost Build(CommandContext context, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = context.ContentRoot,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(context.Settings);
        builder.Configuration.AddInMemoryCollection(settings);

        // Results go to stdout; logs must never mix into them.
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new TextWriterLoggerProvider(context.Error));
        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);

        builder.Services.AddDigestBot(builder.Configuration);
        var host = builder.Build();
        host.Services.GetService<IStartupValidator>()?.Validate();
        return host;
    }
}
