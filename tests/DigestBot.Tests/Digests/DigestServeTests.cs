using DigestBot.Core.Subscriptions;
using DigestBot.Host.Digests;
using DigestBot.Host.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Tests.Digests;

public sealed class DigestServeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digestbot-serve-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string[] Args(string zone) =>
    [
        "--urls=http://127.0.0.1:0",
        $"--Storage:Sqlite:Path={Path.Combine(_folder, "bot.db")}",
        $"--Ingestion:Folders:0={_folder}",
        "--Digest:Subscriptions:0:Platform=console",
        "--Digest:Subscriptions:0:Channel=general",
        "--Digest:Subscriptions:0:Time=08:00",
        $"--Digest:Subscriptions:0:TimeZone={zone}",
    ];

    [Fact]
    public async Task Serve_ConfiguredSubscription_IsStoredAndScheduledInItsZone()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var app = BotWebApplication.Create(Args("Europe/Berlin"));
        await using var _ = app;
        await app.StartAsync(timeout.Token);
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(timeout.Token);

        ITrigger? trigger = null;
        while (trigger is null)
        {
            trigger = await scheduler.GetTrigger(new TriggerKey("digest-1", QuartzDigestSchedule.Group), timeout.Token);
            await Task.Delay(50, timeout.Token);
        }

        var stored = await app.Services.GetRequiredService<ISubscriptionStore>().FindAsync("console", "general", timeout.Token);
        await app.StopAsync(timeout.Token);
        var cron = Assert.IsAssignableFrom<ICronTrigger>(trigger);
        Assert.Equal("Europe/Berlin", cron.TimeZone.Id);
        Assert.Equal("0 0 8 ? * *", cron.CronExpressionString);
        Assert.Equal(("08:00", "Europe/Berlin", 1L), (stored!.Time, stored.TimeZone, stored.Id));
    }

    [Fact]
    public async Task Serve_UnknownTimeZone_StopsStartNamingTheKey()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var app = BotWebApplication.Create(Args("Europe/Berln"));
        await using var _ = app;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(timeout.Token));

        Assert.Contains("Digest:Subscriptions:0:TimeZone", error.Message, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", error.Message, StringComparison.Ordinal);
    }
}
