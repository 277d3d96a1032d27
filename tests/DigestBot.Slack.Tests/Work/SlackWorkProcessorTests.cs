using DigestBot.Core.Chat;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Tests.Fakes;
using DigestBot.Slack.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DigestBot.Slack.Tests.Work;

public sealed class SlackWorkProcessorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Received = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private readonly Mock<IChatCommandHandler> _handler = new(MockBehavior.Strict);
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private SlackWorkProcessor Processor(TimeProvider time)
    {
        var options = Options.Create(new SlackOptions { BotToken = FakeSlackApi.BotToken, SigningSecret = "s" });
        var scopes = new ServiceCollection().AddSingleton(_handler.Object).BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        return new SlackWorkProcessor(new SlackWorkQueue(options), scopes, ApiClientFactory.Create(_slack), options, time,
            NullLogger<SlackWorkProcessor>.Instance);
    }

    private SlackWorkItem LateSlashCommand()
    {
        var slot = new InlineReplySlot();
        Assert.True(slot.TryAbandon());
        return new SlackWorkItem(new ChatCommand("ask", "x", new ChatContext("slack", "C1", "U1", false)), Received, slot, _slack.ResponseUrl("late"), null);
    }

    [Fact]
    public async Task ProcessAsync_AnswerAfterTheAck_GoesToResponseUrlOnce()
    {
        _handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).ReturnsAsync(ChatReply.Info("ok"));

        await Processor(new FakeTimeProvider(Received.AddMinutes(29))).ProcessAsync(LateSlashCommand(), CancellationToken.None);

        var call = Assert.Single(_slack.Calls);
        Assert.Equal("hooks/late", call.Method);
        Assert.Equal("in_channel", call.Body["response_type"]!.GetValue<string>());
        Assert.False(call.Body["replace_original"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ProcessAsync_AnswerAfterThirtyMinutes_IsNotSentToTheExpiredResponseUrl()
    {
        _handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).ReturnsAsync(ChatReply.Info("ok"));

        await Processor(new FakeTimeProvider(Received.AddMinutes(31))).ProcessAsync(LateSlashCommand(), CancellationToken.None);

        Assert.Empty(_slack.Calls);
    }

    [Fact]
    public async Task ProcessAsync_InlineSlotStillOpen_HandsTheReplyToTheWaitingRequestAndPostsNothing()
    {
        var reply = ChatReply.Info("inline");
        _handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).ReturnsAsync(reply);
        var slot = new InlineReplySlot();
        var item = new SlackWorkItem(new ChatCommand("ask", "x", new ChatContext("slack", "C1", "U1", false)), Received, slot, _slack.ResponseUrl("never"), null);

        await Processor(new FakeTimeProvider(Received)).ProcessAsync(item, CancellationToken.None);

        Assert.Same(reply, await slot.Reply.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(slot.TryAbandon());
        Assert.Empty(_slack.Calls);
    }
}
