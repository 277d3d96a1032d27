using DigestBot.Core.Chat;
using DigestBot.Core.Subscriptions;

namespace DigestBot.Tests.Digests;

public sealed class DigestCommandsTests : IDisposable
{
    private static readonly ChatContext Admin = new("slack", "C123", "U1", true);
    private readonly DigestHost _host = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _host.Dispose();

    private Task<ChatReply> Run(string sub, string args, ChatContext? context = null) =>
        _host.Get<IChatCommandHandler>().HandleAsync(new ChatCommand("digest", $"{sub} {args}".Trim(), context ?? Admin), CancellationToken.None);

    [Fact]
    public async Task HandleAsync_Subscribe_StoresAndShowsNextLocalRun()
    {
        var reply = await Run("subscribe", "08:00 Europe/Berlin");

        Assert.Equal(ChatReplyKind.Info, reply.Kind);
        Assert.Contains("2026-11-21 08:00 Europe/Berlin", reply.Text, StringComparison.Ordinal);
        var stored = await _host.Get<ISubscriptionStore>().FindAsync("slack", "C123", CancellationToken.None);
        Assert.Equal(("08:00", "Europe/Berlin", true), (stored!.Time, stored.TimeZone, stored.Enabled));
    }

    [Fact]
    public async Task HandleAsync_SubscribeWithMisspeltZone_SuggestsTheCloseName()
    {
        var reply = await Run("subscribe", "08:00 Europe/Berln");

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("Europe/Berlin", reply.Text, StringComparison.Ordinal);
        Assert.Null(await _host.Get<ISubscriptionStore>().FindAsync("slack", "C123", CancellationToken.None));
    }

    [Theory]
    [InlineData("25:00 Europe/Berlin", "not a time")]
    [InlineData("08:00", "Usage")]
    public async Task HandleAsync_SubscribeBadArguments_ExplainsWhat(string args, string expected)
    {
        var reply = await Run("subscribe", args);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SubscribeByNonAdmin_IsRefused()
    {
        var reply = await Run("subscribe", "08:00 Europe/Berlin", Admin with { IsAdmin = false });

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Null(await _host.Get<ISubscriptionStore>().FindAsync("slack", "C123", CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_StatusAfterForbidden_ShowsDisabledReason()
    {
        await Run("subscribe", "08:00 Europe/Berlin");
        var stored = await _host.Get<ISubscriptionStore>().FindAsync("slack", "C123", CancellationToken.None);
        await _host.Get<ISubscriptionStore>().DisableAsync(stored!.Id, "slack refused channel C123 (Forbidden): not_in_channel", CancellationToken.None);

        var reply = await Run("status", "");

        Assert.Contains("Disabled: slack refused channel C123 (Forbidden): not_in_channel", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Unsubscribe_RemovesSubscription()
    {
        await Run("subscribe", "08:00 Europe/Berlin");

        var reply = await Run("unsubscribe", "");

        Assert.Contains("Unsubscribed", reply.Text, StringComparison.Ordinal);
        Assert.Null(await _host.Get<ISubscriptionStore>().FindAsync("slack", "C123", CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_NowWithNoArticles_SaysNoNewArticles()
    {
        var reply = await Run("now", "");

        Assert.Equal(ChatReplyKind.Info, reply.Kind);
        Assert.Contains("No new articles", reply.Text, StringComparison.Ordinal);
    }
}
