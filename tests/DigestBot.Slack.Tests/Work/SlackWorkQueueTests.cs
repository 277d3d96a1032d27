using System.Net;
using System.Text.Json.Nodes;
using DigestBot.Core.Chat;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Tests.Fakes;
using DigestBot.Slack.Work;
using Microsoft.Extensions.Options;
using Moq;

namespace DigestBot.Slack.Tests.Work;

public sealed class SlackWorkQueueTests
{
    private static SlackWorkItem Item() =>
        new(new ChatCommand("ask", "x", new ChatContext("slack", "C1", "U1", false)), DateTimeOffset.UnixEpoch, null, null, null);

    [Fact]
    public void TryEnqueue_BeyondCapacity_IsRefused()
    {
        var queue = new SlackWorkQueue(Options.Create(new SlackOptions { QueueCapacity = 2 }));

        var results = new[] { queue.TryEnqueue(Item()), queue.TryEnqueue(Item()), queue.TryEnqueue(Item()) };

        Assert.Equal([true, true, false], results);
    }

    [Fact]
    public async Task Commands_QueueFull_TellsTheUserToTryAgainAtOnce()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var host = await SlackTestHost.StartAsync(slack, new Dictionary<string, string?>
        {
            ["Slack:QueueCapacity"] = "1",
            ["Slack:Workers"] = "1",
            ["Slack:InlineReplyWait"] = "00:00:00.2",
        });
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<ChatReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .Callback(() => started.TrySetResult())
            .Returns(release.Task);
        const string form = "application/x-www-form-urlencoded";
        using var busyWorker = await host.PostSignedAsync("/slack/commands", SlackTestHost.CommandForm("/ask", "1", slack.ResponseUrl("q1")), form);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var queued = await host.PostSignedAsync("/slack/commands", SlackTestHost.CommandForm("/ask", "2", slack.ResponseUrl("q2")), form);

        using var refused = await host.PostSignedAsync("/slack/commands", SlackTestHost.CommandForm("/ask", "3", slack.ResponseUrl("q3")), form);
        release.SetResult(ChatReply.Info("done"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("busy", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await slack.WaitForAsync("hooks/q1");
        await slack.WaitForAsync("hooks/q2");
    }
}
