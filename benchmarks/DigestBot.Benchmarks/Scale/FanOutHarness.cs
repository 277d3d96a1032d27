using System.Diagnostics;
using System.Globalization;
using DigestBot.Core.Answers;
using DigestBot.Core.Delivery;
using DigestBot.Core.Digests;
using DigestBot.Discord;
using DigestBot.Sqlite.Digests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Benchmarks.Scale;

/// <summary>
/// One digest to N Discord channels through the real path: a reserved row in the SQLite outbox, DigestSender (which
/// honours Retry-After), the Discord IChatPlatform and its REST client with the rate limiter, against FakeDiscord on
/// loopback. Sends run 10 at a time, as Quartz's default thread pool would run 10 digest jobs.
/// </summary>
public static class FanOutHarness
{
    /// <summary>Posts to <paramref name="channels"/> channels and prints the total time against the floor and the 429 count.</summary>
    public static async Task<int> RunAsync(int channels, int concurrency, CancellationToken cancellationToken)
    {
        await using var fake = await FakeDiscord.StartAsync();
        var dbPath = Path.Combine(BenchFiles.WorkDir, $"fanout-{Environment.ProcessId}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = dbPath,
            ["Discord:BotToken"] = "bench-token",
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
            ["Discord:ApplicationId"] = "1",
            ["Discord:Mode"] = "Interactions",
            ["Discord:PublicKey"] = new string('a', 64),
            ["Discord:RegisterCommands"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSqliteDigests(configuration).AddDiscord(configuration).BuildServiceProvider();
        try
        {
            var platform = services.GetRequiredService<IChatPlatform>();
            var outbox = services.GetRequiredService<IDigestOutbox>();
            var sender = new DigestSender(outbox, TimeProvider.System, Options.Create(new DigestOptions()), NullLogger<DigestSender>.Instance);
            var fire = DateTimeOffset.UtcNow;
            var digest = new Digest(fire.AddDays(-1), fire, [new DigestStory(
                "Benchmark story",
                ["One sentence of summary."],
                [new Statement("We will keep going.", Core.Quotes.QuoteKind.Direct, "A Speaker", new ArticleSource("bench.txt", "Bench", "BENCH"), 0, 10)],
                [new ArticleSource("bench.txt", "Bench", "BENCH")])]);
            var entries = new List<OutboxEntry>();
            for (var i = 0; i < channels; i++)
            {
                var entry = new OutboxEntry(OutboxEntry.KeyFor(i, fire), i, fire, fire.AddDays(-1), fire, OutboxStatus.Pending, 0, null, null, null, fire);
                await outbox.TryReserveAsync(entry, cancellationToken);
                entries.Add(entry);
            }

            var delivered = 0;
            var start = Stopwatch.GetTimestamp();
            await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (entry, ct) =>
            {
                var channel = (100_000_000_000_000_000 + entry.SubscriptionId).ToString(CultureInfo.InvariantCulture);
                var result = await sender.SendAsync(platform, entry, new DigestDelivery(channel, digest, entry.Key), ct);
                if (result.Status == DeliveryStatus.Delivered)
                {
                    Interlocked.Increment(ref delivered);
                    await outbox.MarkSentAsync(entry.Key, result.MessageId!, DateTimeOffset.UtcNow, ct);
                }
            });
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var log = fake.Log.OrderBy(x => x.At).ToList();
            var firstOk = log.FindIndex(x => x.Status == 200);
            var late429 = firstOk < 0 ? 0 : log.Skip(firstOk + 1).Count(x => x.Status == 429);
            var floor = channels / FakeDiscord.GlobalPerSecond;
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"fan-out: {delivered} of {channels} delivered in {seconds:F2} s; floor {floor:F1} s (50 requests/s); ratio {seconds / floor:F3} (goal <= 1.1)"));
            Console.WriteLine(string.Create(c, $"requests seen by the fake: {log.Count}, 429 answers: {log.Count(x => x.Status == 429)} ({late429} after the first bucket was learned; goal 0)"));
            return delivered == channels ? 0 : 1;
        }
        finally
        {
            await services.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(BenchFiles.WorkDir, Path.GetFileName(dbPath) + "*"))
            {
                File.Delete(file);
            }
        }
    }
}
