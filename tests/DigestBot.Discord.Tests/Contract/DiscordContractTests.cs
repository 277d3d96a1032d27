using DigestBot.Core.Answers;
using DigestBot.Core.Chat;
using DigestBot.Core.Delivery;
using DigestBot.Core.Digests;
using DigestBot.Discord.Commands;
using DigestBot.Discord.Messages;
using DigestBot.Discord.Rendering;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Discord.Tests.Contract;

/// <summary>Every request the REST client makes, sent to Prism mocking Discord's OpenAPI spec and checked against it.</summary>
[Collection(PrismCollection.Name)]
public sealed class DiscordContractTests(PrismFixture prism) : IDisposable
{
    private const string ApplicationId = "111111111111111111";
    private const string Token = "aW50ZXJhY3Rpb24tdG9rZW4";
    private readonly ViolationRecorder _recorder = new();
    private ServiceProvider? _services;

    public void Dispose() => _services?.Dispose();

    [Fact]
    public async Task CreateMessage_RenderedAnswer_ValidAgainstSpec()
    {
        var message = ReplyRenderer.Render(ChatReply.ForAnswer(Support.Answers.Statements("what did Kallas say?", 3)))[0];

        var result = await Rest().CreateMessageAsync("222222222222222222", message, CancellationToken.None);

        AssertValid(result, 1);
    }

    [Fact]
    public async Task PostDigest_StoriesWithQuotes_DeliveredAndValid()
    {
        var platform = Services().GetRequiredService<IChatPlatform>();
        var story = new DigestStory(
            "EU agrees new sanctions package",
            ["Ministers agreed the package on Monday.", "It targets shipping."],
            Support.Answers.Statements("q", 3).Statements,
            [new ArticleSource("a1", "Reuters, 24 Nov", "https://news.example/1")]);
        var digest = new Digest(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), [story, story with { Headline = "Second story" }]);

        var result = await platform.PostDigestAsync(new DigestDelivery("222222222222222222", digest, "sub-42@2026-11-26T08:00Z"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.False(string.IsNullOrEmpty(result.MessageId));
        AssertAllValid(1);
    }

    [Fact]
    public async Task EditOriginalResponse_LiteralAt_ValidAgainstSpec()
    {
        var message = ReplyRenderer.Render(ChatReply.ForAnswer(Support.Answers.Statements("q", 2)))[0];

        var result = await Rest().EditOriginalResponseAsync(ApplicationId, Token, message, CancellationToken.None);

        AssertValid(result, 1);
        Assert.EndsWith("/messages/@original", _recorder.Seen[0].Request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteOriginalResponse_LiteralAt_ValidAgainstSpec()
    {
        var result = await Rest().DeleteOriginalResponseAsync(ApplicationId, Token, CancellationToken.None);

        AssertValid(result, 1);
    }

    [Fact]
    public async Task CreateFollowup_EphemeralText_ValidAgainstSpec()
    {
        var message = ReplyRenderer.Render(ChatReply.Error("Usage: /ask <question>"))[0];

        var result = await Rest().CreateFollowupAsync(ApplicationId, Token, message, CancellationToken.None);

        AssertValid(result, 1);
    }

    [Theory]
    [InlineData("message")]
    [InlineData("deferred")]
    [InlineData("autocomplete")]
    public async Task CreateInteractionResponse_EachKind_ValidAgainstSpec(string kind)
    {
        var response = kind switch
        {
            "message" => InteractionResponse.Message(ReplyRenderer.Render(ChatReply.ForAnswer(Support.Answers.Statements("q", 2)))[0]),
            "deferred" => InteractionResponse.Deferred(ephemeral: false),
            _ => InteractionResponse.Choices([new AutocompleteChoice("Kaja Kallas", "Kaja Kallas")]),
        };

        var result = await Rest().CreateInteractionResponseAsync("444444444444444444", Token, response, CancellationToken.None);

        AssertValid(result, 1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("555555555555555555")]
    public async Task BulkOverwriteCommands_Definitions_ValidAgainstSpec(string? guildId)
    {
        var result = await Rest().BulkOverwriteCommandsAsync(ApplicationId, guildId, CommandDefinitions.Build(), CancellationToken.None);

        AssertValid(result, 1);
        Assert.Contains(guildId is null ? "/applications/111111111111111111/commands" : "/guilds/555555555555555555/commands", _recorder.Seen[0].Request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessage_ContentOverSpecLimit_ViolationDetected()
    {
        // The spec allows 4,000 characters of content (Discord's documented limit for bots is 2,000).
        var message = new DiscordMessage(new string('x', 4001), null);

        var result = await Rest().CreateMessageAsync("222222222222222222", message, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Contains(_recorder.Seen, s => s.Violations.Any(v => v.Contains("content", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GetGatewayBot_WithToken_ReturnsUrl()
    {
        var result = await Rest().GetGatewayBotAsync(CancellationToken.None);

        AssertValid(result, 1);
        Assert.False(string.IsNullOrEmpty(result.Url));
    }

    [Fact]
    public async Task CreateMessage_Prism429_RetriedBoundedThenRateLimited()
    {
        _recorder.ExtraHeader = ("Prefer", "code=429");
        var platform = Services().GetRequiredService<IChatPlatform>();
        var digest = new Digest(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), []);

        var result = await platform.PostDigestAsync(new DigestDelivery("222222222222222222", digest, "k"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.RateLimited, result.Status);
        Assert.InRange(result.RetryAfter!.Value, TimeSpan.Zero, RateLimiter.MaxPlausibleWait);
        Assert.InRange(_recorder.Seen.Count, 1, RateLimitHandler.MaxAttempts);
        Assert.All(_recorder.Seen, s => Assert.Equal(429, s.Status));
    }

    private DiscordRestClient Rest() => Services().GetRequiredService<DiscordRestClient>();

    private ServiceProvider Services()
    {
        if (_services is null)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:ApiBaseUrl"] = prism.BaseUrl,
                ["Discord:BotToken"] = "contract-test-token",
                ["Discord:Mode"] = "Gateway",
                ["Discord:MaxRateLimitWait"] = "00:00:05",
            }).Build();
            var services = new ServiceCollection();
            services.AddDiscord(configuration);
            // Prism generates 100-260 KB bodies per response; on a busy machine that is slow.
            services.AddHttpClient<DiscordRestClient>()
                .ConfigureHttpClient(http => http.Timeout = TimeSpan.FromSeconds(180))
                .AddHttpMessageHandler(() => _recorder);
            _services = services.BuildServiceProvider();
        }

        return _services;
    }

    private void AssertValid(RestResult result, int requests)
    {
        Assert.True(result.IsSuccess, $"HTTP {result.Status}: {result.Error}; violations: {string.Join("; ", _recorder.Seen.SelectMany(s => s.Violations))}");
        AssertAllValid(requests);
    }

    private void AssertAllValid(int minimumRequests)
    {
        Assert.True(_recorder.Seen.Count >= minimumRequests, $"expected at least {minimumRequests} requests, saw {_recorder.Seen.Count}");
        Assert.All(_recorder.Seen, s =>
        {
            Assert.True(s.Status is >= 200 and < 300, $"{s.Request}: HTTP {s.Status}; {string.Join("; ", s.Violations)}");
            Assert.Empty(s.Violations);
        });
    }
}
