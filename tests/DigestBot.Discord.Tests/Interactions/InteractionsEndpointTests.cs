using System.Net;
using System.Text.Json;
using DigestBot.Core.Answers;
using DigestBot.Core.Chat;
using DigestBot.Discord.Tests.Support;
using Moq;

namespace DigestBot.Discord.Tests.Interactions;

public sealed class InteractionsEndpointTests : IAsyncLifetime
{
    private readonly TestKey _key = new();
    private readonly Mock<IChatCommandHandler> _handler = new(MockBehavior.Strict);
    private readonly Mock<IQuestionAnswerer> _answerer = new(MockBehavior.Strict);
    private readonly List<ChatCommand> _commands = [];
    private FakeDiscordServer _discord = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync();
        _host = await StartHostAsync("00:00:02");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task Post_SignedPing_Pong()
    {
        using var response = await _host.PostSignedAsync(_key, Support.Interactions.Ping(), DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"type\":1}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("ask", "question", "what did Kallas say?")]
    [InlineData("quotes", "person", "Kallas")]
    [InlineData("search", "terms", "sanctions package")]
    public async Task Post_AnswerCommand_ReplyWithEmbedsAtOnce(string name, string option, string value)
    {
        Reply(_ => ChatReply.ForAnswer(Support.Answers.Statements(value, 2)));

        using var json = await PostCommandAsync(Support.Interactions.Command(name, [(option, value)]));

        var command = Assert.Single(_commands);
        Assert.Equal((name, value, "discord", Support.Interactions.ChannelId, Support.Interactions.UserId, false),
            (command.Name, command.Text, command.Context.Platform, command.Context.ChannelId, command.Context.UserId, command.Context.IsAdmin));
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("type").GetInt32());
        var data = root.GetProperty("data");
        Assert.Equal(2, data.GetProperty("embeds").GetArrayLength());
        Assert.Equal("Kaja Kallas", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.StartsWith("Source: EU foreign ministers meet (1)", data.GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(data.TryGetProperty("flags", out _));
    }

    [Theory]
    [InlineData("now", "", "now")]
    [InlineData("subscribe", "08:00|Europe/Berlin", "subscribe 08:00 Europe/Berlin")]
    [InlineData("unsubscribe", "", "unsubscribe")]
    [InlineData("status", "", "status")]
    public async Task Post_DigestSubcommand_PassedThroughAsText(string subcommand, string values, string expectedText)
    {
        Reply(_ => ChatReply.Info("ok"));
        var options = values.Length == 0 ? [] : values.Split('|').Select((v, i) => (i == 0 ? "time" : "timezone", v)).ToList();

        using var json = await PostCommandAsync(Support.Interactions.Command("digest", options, permissions: "32", subcommand: subcommand));

        var command = Assert.Single(_commands);
        Assert.Equal(("digest", expectedText, true), (command.Name, command.Text, command.Context.IsAdmin));
        Assert.Equal("ok", json.RootElement.GetProperty("data").GetProperty("content").GetString());
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("32", true)]
    [InlineData("8", true)]
    [InlineData("2048", false)]
    public async Task Post_SourcesAdd_AdminFromManageGuildOrAdministratorBits(string permissions, bool admin)
    {
        Reply(_ => ChatReply.Info("ok"));

        using var json = await PostCommandAsync(Support.Interactions.Command(
            "sources", [("url", "https://rss.example/feed.xml"), ("name", "NYT")], permissions: permissions, subcommand: "add"));

        var command = Assert.Single(_commands);
        Assert.Equal(("sources", "add https://rss.example/feed.xml NYT", admin), (command.Name, command.Text, command.Context.IsAdmin));
    }

    [Fact]
    public async Task Post_SourcesListWithPage_PassesThePageNumberAsText()
    {
        Reply(_ => ChatReply.Info("ok"));

        using var json = await PostCommandAsync(Support.Interactions.SubcommandWithInteger("sources", "list", "page", 2));

        var command = Assert.Single(_commands);
        Assert.Equal(("sources", "list 2"), (command.Name, command.Text));
    }

    [Fact]
    public async Task Post_Help_EphemeralText()
    {
        Reply(_ => new ChatReply(ChatReplyKind.Help, ChatHelp.Text, Ephemeral: true));

        using var json = await PostCommandAsync(Support.Interactions.Command("help"));

        var data = json.RootElement.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("/ask <question>", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("help", Assert.Single(_commands).Name);
    }

    [Fact]
    public async Task Post_HandlerThrows_EphemeralError()
    {
        _handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database gone"));

        using var json = await PostCommandAsync(Support.Interactions.Command("ask", [("question", "who is Kallas?")]));

        var data = json.RootElement.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("/ask failed", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("database gone", data.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Autocomplete_ChoicesFromSpeakers()
    {
        _answerer.Setup(a => a.SuggestSpeakersAsync("Kal", 25, It.IsAny<CancellationToken>()))
            .ReturnsAsync(["Kaja Kallas", "Kallas government", new string('k', 140)]);

        using var json = await PostCommandAsync(Support.Interactions.Autocomplete("quotes", "person", "Kal"));

        Assert.Equal(8, json.RootElement.GetProperty("type").GetInt32());
        var choices = json.RootElement.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.Equal(["Kaja Kallas", "Kallas government"], choices.Take(2).Select(c => c.GetProperty("value").GetString()));
        Assert.All(choices, c => Assert.InRange(c.GetProperty("name").GetString()!.Length, 1, 100));
        Assert.Empty(_commands);
    }

    [Fact]
    public async Task Post_SlowAnswer_DefersThenEditsOriginal()
    {
        await using var host = await StartHostAsync("00:00:00.200");
        _handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatCommand c, CancellationToken t) =>
            {
                await Task.Delay(800, t);
                return ChatReply.ForAnswer(Support.Answers.Statements(c.Text, 1));
            });

        using var response = await host.PostSignedAsync(_key, Support.Interactions.Command("ask", [("question", "what did Kallas say?")]), DateTimeOffset.UtcNow);
        var first = await response.Content.ReadAsStringAsync();

        Assert.Equal("{\"type\":5}", first);
        Assert.True(await Wait.UntilAsync(() => _discord.Requests.Count > 0));
        var edit = Assert.Single(_discord.Requests);
        Assert.Equal("PATCH", edit.Method);
        Assert.Equal($"/api/v10/webhooks/{Support.Interactions.ApplicationId}/{Support.Interactions.Token}/messages/@original", edit.Path);
        using var body = JsonDocument.Parse(edit.Body);
        Assert.Equal("Kaja Kallas", body.RootElement.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(edit.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Post_SlowError_DeferralReplacedByEphemeralFollowUp()
    {
        await using var host = await StartHostAsync("00:00:00.200");
        _discord.Respond((r, _) => r.Method == "DELETE" ? new FakeResponse(204, "") : FakeResponse.Message("5"));
        _handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatCommand c, CancellationToken t) =>
            {
                await Task.Delay(600, t);
                return ChatReply.Error("Digests are not enabled on this bot yet.");
            });

        using var response = await host.PostSignedAsync(_key, Support.Interactions.Command("digest", [], subcommand: "now"), DateTimeOffset.UtcNow);

        Assert.Equal("{\"type\":5}", await response.Content.ReadAsStringAsync());
        Assert.True(
            await Wait.UntilAsync(() => _discord.Requests.Count >= 2, TimeSpan.FromSeconds(30)),
            "Discord saw: " + string.Join(", ", _discord.Requests.Select(r => r.Method + " " + r.Path)));
        var prefix = $"/api/v10/webhooks/{Support.Interactions.ApplicationId}/{Support.Interactions.Token}";
        Assert.Equal([("DELETE", prefix + "/messages/@original"), ("POST", prefix)], _discord.Requests.Select(r => (r.Method, r.Path)));
        using var body = JsonDocument.Parse(_discord.Requests[1].Body);
        Assert.Equal(64, body.RootElement.GetProperty("flags").GetInt32());
        Assert.Equal("Digests are not enabled on this bot yet.", body.RootElement.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Post_LongAnswer_FirstMessageThenFollowUps()
    {
        Reply(_ => ChatReply.ForAnswer(Support.Answers.Statements("what did Kallas say?", 25, quoteLength: 900)));

        using var json = await PostCommandAsync(Support.Interactions.Command("ask", [("question", "what did Kallas say?")]));

        var firstEmbeds = json.RootElement.GetProperty("data").GetProperty("embeds").GetArrayLength();
        Assert.InRange(firstEmbeds, 1, 10);
        Assert.True(await Wait.UntilAsync(() => _discord.Requests.Count >= 4));
        Assert.All(_discord.Requests, r => Assert.Equal(("POST", $"/api/v10/webhooks/{Support.Interactions.ApplicationId}/{Support.Interactions.Token}"), (r.Method, r.Path)));
        var total = firstEmbeds + _discord.Requests.Sum(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("embeds").GetArrayLength());
        Assert.Equal(25, total);
    }

    [Fact]
    public async Task Post_NoSignatureHeaders_Unauthorized()
    {
        Reply(_ => ChatReply.Info("never"));

        using var response = await _host.PostAsync(Support.Interactions.Ping(), null, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_commands);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("wrong-key")]
    [InlineData("stale")]
    [InlineData("future")]
    [InlineData("malformed-signature")]
    [InlineData("malformed-timestamp")]
    public async Task Post_BadSignature_UnauthorizedAndHandlerNotCalled(string kind)
    {
        Reply(_ => ChatReply.Info("never"));
        using var other = new TestKey();
        var body = Support.Interactions.Command("ask", [("question", "hi")]);
        var at = kind switch { "stale" => DateTimeOffset.UtcNow.AddMinutes(-6), "future" => DateTimeOffset.UtcNow.AddMinutes(6), _ => DateTimeOffset.UtcNow };
        var timestamp = TestKey.Timestamp(at);
        var signature = (kind == "wrong-key" ? other : _key).Sign(timestamp, System.Text.Encoding.UTF8.GetBytes(body));

        using var response = kind switch
        {
            "tampered" => await _host.PostAsync(body.Replace("hi", "ho", StringComparison.Ordinal), signature, timestamp),
            "malformed-signature" => await _host.PostAsync(body, "xyz", timestamp),
            "malformed-timestamp" => await _host.PostAsync(body, signature, "yesterday"),
            _ => await _host.PostAsync(body, signature, timestamp),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_commands);
    }

    [Fact]
    public async Task Post_NoPublicKeyConfigured_Unauthorized()
    {
        await using var host = await DiscordTestHost.StartAsync(new Dictionary<string, string?>(), _handler);

        using var response = await host.PostSignedAsync(_key, Support.Interactions.Ping(), DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedButNotJson_BadRequest()
    {
        using var response = await _host.PostSignedAsync(_key, "{not json", DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<DiscordTestHost> StartHostAsync(string deferAfter) => DiscordTestHost.StartAsync(
        new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = _key.PublicKeyHex,
            ["Discord:ApplicationId"] = Support.Interactions.ApplicationId,
            ["Discord:ApiBaseUrl"] = _discord.BaseUrl,
            ["Discord:DeferAfter"] = deferAfter,
        },
        _handler,
        _answerer);

    private void Reply(Func<ChatCommand, ChatReply> reply) =>
        _handler.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .Callback((ChatCommand c, CancellationToken _) => _commands.Add(c))
            .ReturnsAsync((ChatCommand c, CancellationToken _) => reply(c));

    private async Task<JsonDocument> PostCommandAsync(string body)
    {
        using var response = await _host.PostSignedAsync(_key, body, DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
