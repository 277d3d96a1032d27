using DigestBot.Core.Ingestion;
using DigestBot.Core.Storage;
using DigestBot.Host.Hosting;
using DigestBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Hosting;

public sealed class AppSettingsTests
{
    [Fact]
    public void ShippedAppSettings_BindsAndValidates()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(RepoPaths.InRoot("appsettings.json"), optional: false).Build();
        using var services = Services(configuration);

        services.GetRequiredService<IStartupValidator>().Validate();
        var ingestion = services.GetRequiredService<IOptions<IngestionOptions>>().Value;

        Assert.Equal(["seeds"], ingestion.EffectiveFolders);
        Assert.Equal(TimeSpan.FromMinutes(5), ingestion.RescanInterval);
        Assert.Equal(2 * 1024 * 1024, ingestion.MaxFileBytes);
        Assert.Equal("data/digestbot.db", configuration["Storage:Sqlite:Path"]);
        Assert.NotNull(services.GetRequiredService<IArticleStore>());
    }

    [Theory]
    [InlineData("Ingestion:RescanInterval", "00:00:00")]
    [InlineData("Ingestion:MaxFileBytes", "-1")]
    [InlineData("Storage:Sqlite:Path", "")]
    [InlineData("Storage:Sqlite:BusyTimeoutSeconds", "0")]
    public void BadValue_FailsValidationNamingTheKey(string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(RepoPaths.InRoot("appsettings.json"), optional: false)
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();
        using var services = Services(configuration);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_HoldsNoSecrets()
    {
        var text = File.ReadAllText(RepoPaths.InRoot("appsettings.json"));

        Assert.DoesNotMatch("(?i)token|secret|password|signing", text);
    }

    private static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.ClearProviders());
        services.AddDigestBot(configuration);
        return services.BuildServiceProvider();
    }
}
