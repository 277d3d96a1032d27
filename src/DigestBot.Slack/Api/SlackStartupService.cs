using DigestBot.Slack.Configuration;
using DigestBot.Slack.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Api;

/// <summary>At start: says once that Slack is off, or calls auth.test and logs the workspace and bot.</summary>
internal sealed class SlackStartupService(
    SlackApiClient api, SlackIdentity identity, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackStartupService> logger)
    : BackgroundService
{
    private const int MaxAttempts = 6;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled)
        {
            logger.SlackDisabled();
            return;
        }

        var wait = TimeSpan.FromSeconds(1);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            var result = await api.AuthTestAsync(stoppingToken).ConfigureAwait(false);
            if (result.Ok)
            {
                logger.Connected(result.GetString("team") ?? "?", result.GetString("team_id") ?? "?",
                    result.GetString("user") ?? "?", result.GetString("user_id") ?? "?", options.Value.Mode);
                identity.Set(result.GetString("user_id"), result.GetString("bot_id"));
                return;
            }

            if (result.Failure is SlackFailure.InvalidAuth or SlackFailure.AccountInactive or SlackFailure.Other || attempt >= MaxAttempts)
            {
                logger.AuthFailed(result.Error ?? "");
                identity.Fail(result.Error ?? "auth.test failed");
                return;
            }

            logger.AuthRetry(result.Error ?? "", wait);
            await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            wait *= 2;
        }
    }
}
