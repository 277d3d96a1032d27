using DigestBot.Core.Answers;
using DigestBot.Core.Chat;
using Moq;

namespace DigestBot.Core.Tests.Chat;

public sealed class ChatCommandHandlerTests
{
    private static readonly ChatContext Context = new("discord", "C1", "U1", IsAdmin: true);

    [Theory]
    [InlineData("add https://rss.example/feed.xml NYT World", "add", "https://rss.example/feed.xml NYT World")]
    [InlineData("LIST", "list", "")]
    [InlineData("remove  NYT World ", "remove", "NYT World")]
    [InlineData("", "help", "")]
    public async Task HandleAsync_Sources_PassesSubcommandAndArgumentsToTheSourceCommands(string text, string subcommand, string arguments)
    {
        var sources = new Mock<ISourceCommands>(MockBehavior.Strict);
        sources.Setup(s => s.HandleAsync(subcommand, arguments, Context, It.IsAny<CancellationToken>())).ReturnsAsync(ChatReply.Info("ok"));
        var handler = new ChatCommandHandler(Mock.Of<IQuestionAnswerer>(), null, sources.Object);

        var reply = await handler.HandleAsync(new ChatCommand("sources", text, Context), CancellationToken.None);

        Assert.Equal("ok", reply.Text);
        sources.VerifyAll();
    }

    [Fact]
    public async Task HandleAsync_SourcesUnknownSubcommand_ErrorNamesItWithoutCallingTheSourceCommands()
    {
        var sources = new Mock<ISourceCommands>(MockBehavior.Strict);
        var handler = new ChatCommandHandler(Mock.Of<IQuestionAnswerer>(), null, sources.Object);

        var reply = await handler.HandleAsync(new ChatCommand("sources", "delete everything", Context), CancellationToken.None);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("'delete'", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/sources add <url> [name]", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SourcesWithoutFeeds_SaysNotEnabled()
    {
        var handler = new ChatCommandHandler(Mock.Of<IQuestionAnswerer>());

        var reply = await handler.HandleAsync(new ChatCommand("sources", "list", Context), CancellationToken.None);

        Assert.Equal(ChatReplyKind.Error, reply.Kind);
        Assert.Contains("not enabled", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Help_ListsSources()
    {
        var handler = new ChatCommandHandler(Mock.Of<IQuestionAnswerer>());

        var reply = await handler.HandleAsync(new ChatCommand("help", "", Context), CancellationToken.None);

        Assert.Contains("/sources list", reply.Text, StringComparison.Ordinal);
    }
}
