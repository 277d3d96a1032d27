using DigestBot.Core.Delivery;
using DigestBot.Host.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Digests;

/// <summary>The bot's real service wiring over a temp SQLite file, with a fake clock and a recording chat platform.</summary>
internal sealed class DigestHost : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digestbot-host-tests", Guid.NewGuid().ToString("N"));

    public DigestHost(DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        Time = new FakeTimeProvider(now);
        Platform = new RecordingPlatform();
        var values = new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = Path.Combine(_folder, "bot.db") };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IChatPlatform>(Platform);
        services.AddDigestBot(configuration);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; }

    public RecordingPlatform Platform { get; }

    public ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
