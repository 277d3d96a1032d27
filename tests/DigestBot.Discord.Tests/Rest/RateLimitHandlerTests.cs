using DigestBot.Discord.Messages;
using DigestBot.Discord.Rest;
using DigestBot.Discord.Tests.Support;
using DigestBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Discord.Tests.Rest;

public sealed class RateLimitHandlerTests : IAsyncLifetime
{
    private static readonly DiscordMessage Hello = new("hello", null);
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
    public async Task Send_BucketEmptied_WaitsForResetBeforeNextRequest()
    {
        _discord.Respond((_, _) => new FakeResponse(200, "{\"id\":\"1\"}", Bucket("abc", remaining: 0, resetAfter: "0.4")));

        var first = await _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);
        var second = await _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);

        Assert.True(first.IsSuccess && second.IsSuccess);
        var gap = _discord.Requests[1].At - _discord.Requests[0].At;
        Assert.True(gap >= TimeSpan.FromMilliseconds(330), $"second request came {gap.TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task Send_BucketEmptyForLongerThanMaxWait_NotSentAndRateLimited()
    {
        _discord.Respond((_, _) => new FakeResponse(200, "{\"id\":\"1\"}", Bucket("abc", remaining: 0, resetAfter: "60")));

        await _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);
        var second = await _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);

        Assert.Single(_discord.Requests);
        Assert.Equal(429, second.Status);
        Assert.InRange(second.RetryAfter!.Value, TimeSpan.FromSeconds(55), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Send_OtherChannelSameBucketName_NotBlocked()
    {
        _discord.Respond((_, _) => new FakeResponse(200, "{\"id\":\"1\"}", Bucket("abc", remaining: 0, resetAfter: "60")));

        await _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);
        var other = await _services.Rest().CreateMessageAsync("20", Hello, CancellationToken.None);

        Assert.True(other.IsSuccess);
        Assert.Equal(2, _discord.Requests.Count);
    }

    [Fact]
    public async Task Send_RouteTooManyRequests_WaitsRetryAfterAndRetries()
    {
        _discord.Respond((_, n) => n == 0
            ? new FakeResponse(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":0.3,\"global\":false}", Bucket("abc", 0, "0.3"))
            : FakeResponse.Message("77"));

        var result = await _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal("77", result.Id);
        Assert.Equal(2, _discord.Requests.Count);
        Assert.True(_discord.Requests[1].At - _discord.Requests[0].At >= TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task Send_AlwaysTooManyRequests_BoundedAttemptsThenRateLimited()
    {
        _discord.Respond((_, _) => new FakeResponse(429, "{\"message\":\"slow down\",\"retry_after\":0.05,\"global\":false}"));

        var result = await _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);

        Assert.Equal(429, result.Status);
        Assert.Equal(RateLimitHandler.MaxAttempts, _discord.Requests.Count);
        Assert.NotNull(result.RetryAfter);
    }

    [Fact]
    public async Task Send_GlobalTooManyRequests_OtherRoutesWaitToo()
    {
        _discord.Respond((r, n) => n == 0
            ? new FakeResponse(429, "{\"message\":\"global\",\"retry_after\":0.5,\"global\":true}", new Dictionary<string, string> { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" })
            : FakeResponse.Message("1"));

        var first = _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);
        Assert.True(await Wait.UntilAsync(() => _discord.Requests.Count == 1));
        await Task.Delay(100);
        var other = await _services.Rest().CreateMessageAsync("20", Hello, CancellationToken.None);
        await first;

        var otherAt = _discord.Requests.First(r => r.Path.Contains("/20/", StringComparison.Ordinal)).At;
        Assert.True(otherAt - _discord.Requests[0].At >= TimeSpan.FromMilliseconds(420), "a request went out during the global rate limit");
        Assert.True(other.IsSuccess);
    }

    [Theory]
    [InlineData("-71806679.9", 1)]
    [InlineData("\"soon\"", 1)]
    public async Task Send_BogusRetryAfter_ClampedToDefault(string retryAfter, int expectedSeconds)
    {
        _discord.Respond((_, n) => n == 0
            ? new FakeResponse(429, $"{{\"retry_after\":{retryAfter},\"global\":false}}")
            : FakeResponse.Message("1"));

        // The wait runs on a stepped clock that moves only to the handler's timers, so it is measured exactly.
        var clock = new SteppedClock(DateTimeOffset.UtcNow);
        await using var services = DiscordServices.Build(_discord.BaseUrl, configure: s => s.AddSingleton<TimeProvider>(clock));

        var sending = services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);
        await clock.RunUntilAsync(() => sending.IsCompleted, () => true, what: "the retried send");
        var waited = clock.GetUtcNow() - clock.Start;
        var result = await sending;

        Assert.True(result.IsSuccess, $"HTTP {result.Status} {result.Error}, {_discord.Requests.Count} requests");
        Assert.Equal(2, _discord.Requests.Count);
        Assert.InRange(waited, TimeSpan.FromSeconds(expectedSeconds), TimeSpan.FromSeconds(expectedSeconds) + TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task Send_AbsurdRetryAfter_NotWaitedAndReturned()
    {
        _discord.Respond((_, _) => new FakeResponse(429, "{\"retry_after\":1e12,\"global\":false}"));

        var result = await _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);

        Assert.Equal(429, result.Status);
        Assert.Single(_discord.Requests);
        Assert.Equal(RateLimiter.MaxPlausibleWait, result.RetryAfter);
    }

    [Fact]
    public async Task Send_Unauthorized_AdapterStopsAndSendsNothingMore()
    {
        _discord.Respond((_, _) => new FakeResponse(401, "{\"message\":\"401: Unauthorized\",\"code\":0}"));

        var first = await _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);
        var second = await _services.Rest().CreateMessageAsync("20", Hello, CancellationToken.None);

        Assert.Equal((401, 401), (first.Status, second.Status));
        Assert.Single(_discord.Requests);
        Assert.True(_services.GetRequiredService<DiscordAdapterState>().IsStopped);
    }

    [Fact]
    public async Task Send_BotRequest_CarriesTokenAndUserAgent()
    {
        _discord.Respond((_, _) => FakeResponse.Message("1"));

        await _services.Rest().CreateMessageAsync("10", Hello, CancellationToken.None);

        var request = Assert.Single(_discord.Requests);
        Assert.Equal("/api/v10/channels/10/messages", request.Path);
        Assert.Equal("Bot test-token", request.Headers["Authorization"]);
        Assert.Matches(@"^DiscordBot \(https://github\.com/digestbot/digestbot, \d+\.\d+\.\d+\)$", request.Headers["User-Agent"]);
        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", request.Body, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Bucket(string id, int remaining, string resetAfter) => new()
    {
        ["X-RateLimit-Bucket"] = id,
        ["X-RateLimit-Limit"] = "5",
        ["X-RateLimit-Remaining"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = resetAfter,
    };
}
