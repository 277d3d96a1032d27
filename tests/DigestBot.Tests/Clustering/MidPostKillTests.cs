using Npgsql;
using Xunit.Abstractions;

namespace DigestBot.Tests.Clustering;

/// <summary>
/// The hardest moment to die: a replica is killed after Slack has the digest but before it could mark the row sent.
/// Quartz recovers the job on the other replica for the same fire time; the outbox row is still pending, so the
/// survivor claims it, finds the digest already in the channel (its metadata marker) and marks it sent, posting nothing.
/// </summary>
[Trait("Category", "Clustering")]
public sealed class MidPostKillTests(ITestOutputHelper output) : PostgresDatabaseTest(TimeSpan.FromSeconds(115))
{
    [Fact]
    public async Task Serve_ReplicaKilledBetweenPostAndMark_SurvivorMarksItSentWithoutPostingAgain()
    {
        await using var slack = await FakeSlackWorkspace.StartAsync(TimeProvider.System);
        var replicas = new List<ReplicaProcess>();
        SlackPost held;
        ReplicaProcess victim;
        (string Status, string? MessageId) row;
        try
        {
            replicas.Add(ReplicaProcess.Start("A", ReplicaSettings.For(ConnectionString, slack)));
            replicas.Add(ReplicaProcess.Start("B", ReplicaSettings.For(ConnectionString, slack)));
            await Task.WhenAll(replicas.Select(r => r.WaitForLineAsync("Digests scheduled for", TimeSpan.FromSeconds(45), Timeout)));

            held = await slack.HoldNextPost().WaitAsync(TimeSpan.FromSeconds(25), Timeout);
            victim = await MidPostReplicaAsync(replicas);
            victim.Kill();
            output.WriteLine($"held the post of {held.Key}; killed replica {victim.Name}, which was waiting for Slack's answer");

            row = await WaitUntilClosedAsync(held.Key, TimeSpan.FromSeconds(45));
            await replicas.Single(r => r != victim).WaitForLineAsync(" sent to slack as ", TimeSpan.FromSeconds(15), Timeout);
        }
        finally
        {
            foreach (var replica in replicas)
            {
                replica.Dispose();
            }
        }

        var survivor = replicas.Single(r => r != victim);
        output.WriteLine($"row {held.Key}: {row.Status}, message {row.MessageId}; posts {slack.Posts.Count}, history checks {slack.HistoryCalls}");
        output.WriteLine($"--- survivor {survivor.Name} ---\n{survivor.Tail(15)}");
        Assert.Empty(slack.Violations);
        Assert.Equal(("Sent", held.Ts), (row.Status, row.MessageId));
        Assert.Single(slack.Posts, p => p.Key == held.Key);
        Assert.Contains(survivor.Lines, l => l.Contains("was already posted as " + held.Ts, StringComparison.Ordinal));
        Assert.All(slack.Posts.GroupBy(p => p.Key), g => Assert.Single(g));
    }

    private async Task<ReplicaProcess> MidPostReplicaAsync(List<ReplicaProcess> replicas)
    {
        // The HttpClient log line is written just before the request; give the logs a moment to flush.
        for (var i = 0; i < 50; i++)
        {
            if (replicas.SingleOrDefault(r => r.UnansweredPosts > 0) is { } posting)
            {
                return posting;
            }

            await Task.Delay(100, Timeout);
        }

        throw new InvalidOperationException("no replica shows an unanswered chat.postMessage:\n" + string.Join("\n---\n", replicas.Select(r => r.Tail(10))));
    }

    private async Task<(string Status, string? MessageId)> WaitUntilClosedAsync(string key, TimeSpan timeout)
    {
        var until = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            await using (var connection = new NpgsqlConnection(ConnectionString))
            {
                await connection.OpenAsync(Timeout);
                await using var command = new NpgsqlCommand("SELECT status, message_id FROM digest_outbox WHERE key = $1", connection);
                command.Parameters.Add(new NpgsqlParameter { Value = key });
                await using var reader = await command.ExecuteReaderAsync(Timeout);
                if (await reader.ReadAsync(Timeout) && reader.GetString(0) != "Pending")
                {
                    return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
                }
            }

            Assert.True(DateTimeOffset.UtcNow < until, $"outbox row {key} was still pending {timeout} after the kill");
            await Task.Delay(250, Timeout);
        }
    }
}
