using DigestBot.Slack.Api;
using DigestBot.Slack.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Tests.Fakes;

/// <summary>A real <see cref="SlackApiClient"/> pointed at the fake Slack.</summary>
internal static class ApiClientFactory
{
    public static SlackApiClient Create(FakeSlackApi slack, TimeProvider? time = null, TimeSpan? maxRetryAfter = null, string? appToken = FakeSlackApi.AppToken)
    {
        var options = Options.Create(new SlackOptions
        {
            BotToken = FakeSlackApi.BotToken,
            AppToken = appToken,
            SigningSecret = "s",
            ApiBaseUrl = slack.ApiBaseUrl.ToString(),
            MaxRetryAfter = maxRetryAfter ?? TimeSpan.FromSeconds(30),
        });
        var http = new HttpClient { BaseAddress = slack.ApiBaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        time ??= TimeProvider.System;
        return new SlackApiClient(http, options, new ChannelPacer(time), time, NullLogger<SlackApiClient>.Instance);
    }
}
