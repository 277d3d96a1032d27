using DigestBot.Core.Delivery;
using DigestBot.Core.Digests;
using DigestBot.Core.Subscriptions;
using DigestBot.Core.Summaries;
using DigestBot.Sqlite.Digests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Sqlite.Tests.Digests;

/// <summary>The digest services over a real SQLite file with a fake clock, as the host wires them.</summary>
internal sealed class DigestHarness : IDisposable
{
    public static readonly DateTimeOffset FireTime = new(2026, 11, 20, 7, 0, 0, TimeSpan.Zero);

    public DigestHarness()
    {
        Time = new FakeTimeProvider(FireTime);
        Db = new TempDatabase(Time);
        Subscriptions = new SqliteSubscriptionStore(Db.Database);
        Outbox = new SqliteDigestOutbox(Db.Database);
    }

    public FakeTimeProvider Time { get; }

    public TempDatabase Db { get; }

    public SqliteSubscriptionStore Subscriptions { get; }

    public SqliteDigestOutbox Outbox { get; }

    public DigestOptions Options { get; } = new() { MaxAttempts = 3 };

    public async Task<Subscription> SubscribeAsync(string platform = "fake")
    {
        await Db.Store.UpsertAsync(TestArticles.Geneva(indexedAt: FireTime.AddHours(-2)), CancellationToken.None);
        return await Subscriptions.UpsertAsync(new SubscriptionDraft(platform, "C123", "08:00", null, "Europe/Berlin"), FireTime.AddDays(-3), CancellationToken.None);
    }

    public DigestRunner Runner(IChatPlatform platform, IDigestOutbox? outbox = null)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var composer = new DigestComposer(Db.Store, new DigestBuilder(new ExtractiveSummarizer(), new StoryClusterer(), options), options);
        var box = outbox ?? Outbox;
        var sender = new DigestSender(box, Time, options, NullLogger<DigestSender>.Instance);
        return new DigestRunner(Subscriptions, box, composer, sender, [platform], Time, options, NullLogger<DigestRunner>.Instance);
    }

    /// <summary>Advances the fake clock until <paramref name="task"/> ends, so Retry-After and backoff waits pass.</summary>
    public async Task<T> DriveAsync<T>(Task<T> task)
    {
        for (var i = 0; i < 100_000 && !task.IsCompleted; i++)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1);
        }

        return await task;
    }

    public void Dispose() => Db.Dispose();
}
