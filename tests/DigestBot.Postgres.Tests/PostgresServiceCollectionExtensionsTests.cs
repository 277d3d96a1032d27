using DigestBot.Core.Storage;
using DigestBot.Postgres.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Postgres.Tests;

/// <summary>AddPostgresStore as a host uses it: configuration keys, validation on start, migration on start.</summary>
public sealed class PostgresServiceCollectionExtensionsTests
{
    [Fact]
    public async Task StartAsync_NoConnectionString_FailsNamingTheKeyAndTheEnvironmentVariable()
    {
        using var host = BuildHost(new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:Postgres", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Postgres", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Password=s3cret-value;Unknown=1", "is not a valid Npgsql connection string")]
    [InlineData("Password=s3cret-value;Database=digestbot", "has no Host")]
    [InlineData("Host=127.0.0.1;Password=s3cret-value", "has no Database")]
    public async Task StartAsync_BadConnectionString_FailsNamingTheProblemWithoutThePassword(string connectionString, string expected)
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = connectionString });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:Postgres " + expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ConnectionStringFromTheEnvironment_MigratesTheDatabase()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var connectionString = await PostgresTestServer.CreateDatabaseAsync(timeout.Token);
        const string Prefix = "DIGESTBOT_PGTEST_";
        Environment.SetEnvironmentVariable(Prefix + "ConnectionStrings__Postgres", connectionString);
        try
        {
            using var host = BuildHost(new Dictionary<string, string?>(), Prefix);

            await host.StartAsync(timeout.Token);

            Assert.Equal(MigrationCatalog.LatestVersion, await host.Services.GetRequiredService<PostgresMigrator>().GetVersionAsync(timeout.Token));
            Assert.Equal(new StoreCounts(0, 0, 0), await host.Services.GetRequiredService<IArticleStore>().GetCountsAsync(timeout.Token));
            await host.StopAsync(timeout.Token);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Prefix + "ConnectionStrings__Postgres", null);
            await PostgresTestServer.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    private static IHost BuildHost(Dictionary<string, string?> settings, string? environmentPrefix = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        if (environmentPrefix is not null)
        {
            builder.Configuration.AddEnvironmentVariables(environmentPrefix);
        }

        builder.Services.AddLogging();
        builder.Services.AddPostgresStore(builder.Configuration);
        return builder.Build();
    }
}
