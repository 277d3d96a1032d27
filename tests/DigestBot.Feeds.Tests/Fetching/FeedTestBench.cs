using DigestBot.Core.Quotes;
using DigestBot.Feeds.Tests.Polling;
using DigestBot.Sqlite;
using DigestBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Feeds.Tests.Fetching;

/// <summary>
/// What the feed tests against real components share: a <see cref="FeedTestServer"/> on loopback and the path of a
/// SQLite file of their own; disposing stops the server and deletes the file with its WAL and shared-memory files.
/// </summary>
internal sealed class FeedTestBench : IAsyncDisposable
{
    private FeedTestBench(FeedTestServer server, string databasePath) => (Server, DatabasePath) = (server, databasePath);

    /// <summary>The loopback feed server.</summary>
    public FeedTestServer Server { get; }

    /// <summary>A SQLite file path in the temp folder, not created yet.</summary>
    public string DatabasePath { get; }

    /// <summary>Starts the server; the database file is named <paramref name="prefix"/> and a new GUID.</summary>
    public static async Task<FeedTestBench> StartAsync(string prefix) =>
        new(await FeedTestServer.StartAsync(), Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N") + ".db"));

    /// <summary>
    /// The feed services on this bench's SQLite file with the real quote engine, configured by
    /// <paramref name="settings"/> (the database path is added).
    /// </summary>
    public ServiceProvider CreateFeedServices(Dictionary<string, string?> settings) =>
        FeedServices(settings, time: null).BuildServiceProvider();

    /// <summary>
    /// <see cref="CreateFeedServices"/> plus the hosted poller, all on <paramref name="clock"/>, with the source store
    /// wrapped in a <see cref="RecordingSourceStore"/> (resolve it to read the claims and saves).
    /// </summary>
    public ServiceProvider CreatePollerServices(Dictionary<string, string?> settings, SteppedClock clock) =>
        RecordingSourceStore.Decorate(FeedServices(settings, clock).AddFeedPolling(), clock, clock).BuildServiceProvider();

    private IServiceCollection FeedServices(Dictionary<string, string?> settings, TimeProvider? time)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings)
            .AddInMemoryCollection([new("Storage:Sqlite:Path", DatabasePath)])
            .Build();
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time); // before the stores, which would otherwise add the system clock
        }

        return services
            .AddSqliteStore(configuration)
            .AddSingleton<IQuoteExtractor, QuoteExtractor>()
            .AddFeeds(configuration);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(DatabasePath) + "*"))
        {
            File.Delete(file);
        }
    }
}
