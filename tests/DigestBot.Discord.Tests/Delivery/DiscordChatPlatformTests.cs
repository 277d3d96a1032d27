using System.Text.Json;
using DigestBot.Core.Answers;
using DigestBot.Core.Delivery;
using DigestBot.Core.Digests;
using DigestBot.Discord.Delivery;
using DigestBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Discord.Tests.Delivery;

public sealed class DiscordChatPlatformTests : IAsyncLifetime
{
    private static readonly Digest OneStory = new(
        DateTimeOffset.UnixEpoch,
        DateTimeOffset.UnixEpoch.AddDays(1),
        [new DigestStory("Sanctions agreed", ["Ministers agreed."], [], [new ArticleSource("a", "Reuters", "https://r.example/1")])]);

    private FakeDiscordServer _discord = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync();
        _services = DiscordServices.Build(_discord.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task PostDigest_Accepted_DeliveredWithMessageIdAndNonce()
    {
        _discord.Respond((_, _) => FakeResponse.Message("9001"));

        var result = await Platform().PostDigestAsync(new DigestDelivery("123", OneStory, "subscription-7@2026-11-26T07:00:00Z"), CancellationToken.None);

        Assert.Equal((DeliveryStatus.Delivered, "9001"), (result.Status, result.MessageId));
        var request = Assert.Single(_discord.Requests);
        Assert.Equal(("POST", "/api/v10/channels/123/messages"), (request.Method, request.Path));
        using var body = JsonDocument.Parse(request.Body);
        var nonce = body.RootElement.GetProperty("nonce").GetString();
        Assert.Equal(DiscordChatPlatform.Nonce("subscription-7@2026-11-26T07:00:00Z", 0), nonce);
        Assert.InRange(nonce!.Length, 1, 25);
        Assert.True(body.RootElement.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal(0, body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("Sanctions agreed", body.RootElement.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task PostDigest_SameKeyTwice_SameNonce()
    {
        _discord.Respond((_, _) => FakeResponse.Message("1"));
        var delivery = new DigestDelivery("123", OneStory, "k1");

        await Platform().PostDigestAsync(delivery, CancellationToken.None);
        await Platform().PostDigestAsync(delivery, CancellationToken.None);

        var nonces = _discord.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("nonce").GetString()).ToList();
        Assert.Equal(nonces[0], nonces[1]);
        Assert.NotEqual(DiscordChatPlatform.Nonce("k2", 0), nonces[0]);
    }

    [Theory]
    [InlineData(403, DeliveryStatus.Forbidden)]
    [InlineData(404, DeliveryStatus.NotFound)]
    [InlineData(401, DeliveryStatus.Unauthorized)]
    [InlineData(500, DeliveryStatus.Transient)]
    [InlineData(502, DeliveryStatus.Transient)]
    public async Task PostDigest_ErrorStatus_TypedFailureWithoutRetry(int status, DeliveryStatus expected)
    {
        _discord.Respond((_, _) => new FakeResponse(status, "{\"message\":\"Missing Access\",\"code\":50001}"));

        var result = await Platform().PostDigestAsync(new DigestDelivery("123", OneStory, "k"), CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Null(result.MessageId);
        Assert.Single(_discord.Requests);
    }

    [Fact]
    public async Task PostDigest_RateLimitedLongerThanMaxWait_RateLimitedWithRetryAfter()
    {
        _discord.Respond((_, _) => new FakeResponse(429, "{\"message\":\"rate limited\",\"retry_after\":42.5,\"global\":false}"));

        var result = await Platform().PostDigestAsync(new DigestDelivery("123", OneStory, "k"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.RateLimited, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(42.5), result.RetryAfter);
        Assert.Single(_discord.Requests);
    }

    [Fact]
    public async Task PostDigest_ServerDown_Transient()
    {
        var deadUrl = _discord.BaseUrl;
        await _discord.DisposeAsync();
        await using var services = DiscordServices.Build(deadUrl);

        var result = await services.GetRequiredService<IChatPlatform>().PostDigestAsync(new DigestDelivery("123", OneStory, "k"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Transient, result.Status);
        _discord = await FakeDiscordServer.StartAsync();
    }

    [Fact]
    public void Name_IsDiscord()
    {
        Assert.Equal("discord", Platform().Name);
    }

    private IChatPlatform Platform() => _services.GetRequiredService<IChatPlatform>();
}
