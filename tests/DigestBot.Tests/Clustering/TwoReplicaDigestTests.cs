using System.Globalization;
using Npgsql;
using Xunit.Abstractions;

namespace DigestBot.Tests.Clustering;

/// <summary>
/// Issue 9's acceptance run: two real <c>serve</c> processes on one PostgreSQL database, one subscription firing every
/// 10 seconds to a loopback Slack; each fire is posted exactly once across both, and after kill -9 of one replica
/// the other keeps posting, still once.
/// </summary>
[Trait("Category", "Clustering")]
public sealed class TwoReplicaDigestTests(ITestOutputHelper output) : PostgresDatabaseTest(TimeSpan.FromSeconds(115))
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RunBeforeKill = TimeSpan.FromSeconds(35);
    private static readonly TimeSpan RunAfterKill = TimeSpan.FromSeconds(35);

    [Fact]
    public async Task Serve_TwoReplicasAndKillNine_EveryFirePostedExactlyOnce()
    {
        Assert.True(File.Exists(ReplicaProcess.DllPath), $"{ReplicaProcess.DllPath} is missing: build src/DigestBot first");
        await using var slack = await FakeSlackWorkspace.StartAsync(TimeProvider.System);
        var replicas = new List<ReplicaProcess>();
        DateTimeOffset killedAt;
        DateTimeOffset stoppedAt;
        ReplicaProcess victim;
        try
        {
            var started = DateTimeOffset.UtcNow;
            replicas.Add(ReplicaProcess.Start("A", ReplicaSettings.For(ConnectionString, slack)));
            replicas.Add(ReplicaProcess.Start("B", ReplicaSettings.For(ConnectionString, slack)));
            await Task.WhenAll(replicas.Select(r => r.WaitForLineAsync("Digests scheduled for", TimeSpan.FromSeconds(45), Timeout)));
            output.WriteLine($"both replicas scheduled after {(DateTimeOffset.UtcNow - started).TotalSeconds:0.0} s");

            // Kill halfway between two fires, so the victim is not caught mid-post by chance.
            await Task.Delay(MidPeriodAfter(started + RunBeforeKill) - DateTimeOffset.UtcNow, Timeout);
            var lastKey = slack.Posts.LastOrDefault()?.Key;
            victim = replicas.FirstOrDefault(r => lastKey is not null && r.SentKeys.Contains(lastKey)) ?? replicas[0];
            victim.Kill();
            killedAt = DateTimeOffset.UtcNow;
            output.WriteLine($"killed replica {victim.Name} (it posted the latest digest {lastKey}) {(killedAt - started).TotalSeconds:0.0} s after start");

            await Task.Delay(RunAfterKill, Timeout);
            stoppedAt = DateTimeOffset.UtcNow;
        }
        finally
        {
            foreach (var replica in replicas)
            {
                replica.Dispose();
            }
        }

        var posts = slack.Posts.ToList();
        Report(posts, replicas, slack, killedAt);
        await ReportOutboxAsync();
        Assert.Empty(slack.Violations);
        Assert.NotEmpty(posts);

        var duplicates = posts.GroupBy(p => p.Key).Where(g => g.Count() > 1).Select(g => $"{g.Key} x{g.Count()}").ToList();
        Assert.True(duplicates.Count == 0, "posted more than once: " + string.Join(", ", duplicates));

        // Every 10-second fire from the first one posted up to shortly before the end was posted (a fire held by the
        // killed replica is recovered late by the other, under its own fire time).
        var fired = posts.Select(p => FireTimeOf(p.Key)).ToHashSet();
        var expected = Grid(fired.Min(), stoppedAt - TimeSpan.FromSeconds(15)).ToList();
        var missing = expected.Where(f => !fired.Contains(f)).Select(f => f.ToString("HH:mm:ss", CultureInfo.InvariantCulture)).ToList();
        Assert.True(missing.Count == 0, $"fires never posted: {string.Join(", ", missing)} (posted {posts.Count})");
        Assert.All(fired, f => Assert.Equal(0, f.Second % 10));
        Assert.True(fired.Min() < killedAt, "nothing was posted before the kill");

        var afterKill = posts.Where(p => FireTimeOf(p.Key) > killedAt).ToList();
        Assert.True(afterKill.Count >= 2, $"only {afterKill.Count} fires after the kill were posted");
        var survivor = replicas.Single(r => r != victim);
        Assert.Contains(survivor.SentKeys, k => FireTimeOf(k) > killedAt);
    }

    private void Report(List<SlackPost> posts, List<ReplicaProcess> replicas, FakeSlackWorkspace slack, DateTimeOffset killedAt)
    {
        output.WriteLine($"posts: {posts.Count}, distinct fire times: {posts.Select(p => p.Key).Distinct().Count()}, history checks: {slack.HistoryCalls}");
        foreach (var post in posts)
        {
            var fire = FireTimeOf(post.Key);
            var by = string.Join("+", replicas.Where(r => r.SentKeys.Contains(post.Key)).Select(r => r.Name));
            output.WriteLine(FormattableString.Invariant(
                $"  fire {fire:HH:mm:ss} posted {post.ReceivedAt:HH:mm:ss.fff} ({(post.ReceivedAt - fire).TotalSeconds:0.0} s late) by {(by.Length == 0 ? "?" : by)}"));
        }

        foreach (var replica in replicas)
        {
            var before = replica.SentKeys.Count(k => FireTimeOf(k) < killedAt);
            output.WriteLine($"replica {replica.Name}{(replica.Killed ? " (killed)" : "")}: {replica.SentKeys.Count} sent, {before} before the kill");
        }

        output.WriteLine(replicas.All(r => r.SentKeys.Any(k => FireTimeOf(k) < killedAt))
            ? "both replicas fired before the kill (Quartz spread the fires)"
            : "one replica fired everything before the kill (Quartz did not spread them; not required)");
        foreach (var replica in replicas)
        {
            output.WriteLine($"--- replica {replica.Name} log (last lines) ---\n{replica.Tail(25)}");
        }
    }

    private async Task ReportOutboxAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Timeout);
        await using var command = new NpgsqlCommand("SELECT status, count(*) FROM digest_outbox GROUP BY status ORDER BY status", connection);
        await using var reader = await command.ExecuteReaderAsync(Timeout);
        var rows = new List<string>();
        while (await reader.ReadAsync(Timeout))
        {
            rows.Add($"{reader.GetString(0)} {reader.GetInt64(1)}");
        }

        output.WriteLine("outbox rows: " + string.Join(", ", rows));
    }

    private static DateTimeOffset FireTimeOf(string key) =>
        DateTimeOffset.ParseExact(key.Split(':', 3)[2], "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static IEnumerable<DateTimeOffset> Grid(DateTimeOffset first, DateTimeOffset last)
    {
        for (var at = first; at <= last; at += Period)
        {
            yield return at;
        }
    }

    private static DateTimeOffset MidPeriodAfter(DateTimeOffset at)
    {
        var seconds = at.ToUnixTimeSeconds();
        var next = seconds - (seconds % 10) + 5;
        return DateTimeOffset.FromUnixTimeSeconds(next < seconds ? next + 10 : next);
    }
}
