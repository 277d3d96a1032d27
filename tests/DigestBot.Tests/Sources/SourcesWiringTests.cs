using DigestBot.Core.Chat;
using DigestBot.Tests.Digests;

namespace DigestBot.Tests.Sources;

/// <summary>/sources through the bot's real service wiring (AddDigestBot over a temp SQLite file).</summary>
public sealed class SourcesWiringTests : IDisposable
{
    private readonly DigestHost _host = new(new DateTimeOffset(2026, 11, 26, 5, 0, 0, TimeSpan.Zero), new Dictionary<string, string?>
    {
        ["Sources:0:Url"] = "https://rss.example.org/world.xml",
        ["Sources:0:Name"] = "World",
    });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task HandleAsync_SourcesListThroughTheHostsHandler_ListsTheConfiguredFeed()
    {
        var reply = await _host.Get<IChatCommandHandler>().HandleAsync(
            new ChatCommand("sources", "list", new ChatContext("discord", "C1", "U1", IsAdmin: false)), CancellationToken.None);

        Assert.Equal(ChatReplyKind.Info, reply.Kind);
        Assert.StartsWith("1 news source:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("World <https://rss.example.org/world.xml>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("not polled yet", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SourcesAddByNonAdmin_RefusedBeforeAnyFetch()
    {
        var reply = await _host.Get<IChatCommandHandler>().HandleAsync(
            new ChatCommand("sources", "add https://rss.example.org/other.xml", new ChatContext("slack", "C1", "U1", IsAdmin: false)), CancellationToken.None);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("Only admins", reply.Text, StringComparison.Ordinal);
    }
}
