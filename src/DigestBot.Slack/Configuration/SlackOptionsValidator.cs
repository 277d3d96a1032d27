using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Configuration;

/// <summary>Validates <see cref="SlackOptions"/> at start; every message names the offending key.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api)
            || api.Scheme is not ("https" or "http") || !options.ApiBaseUrl.EndsWith('/'))
        {
            errors.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL ending with '/', got '{options.ApiBaseUrl}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.BotToken) && !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            errors.Add("Slack:BotToken must be a bot token starting with 'xoxb-'.");
        }

        if (!string.IsNullOrWhiteSpace(options.AppToken) && !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            errors.Add("Slack:AppToken must be an app-level token starting with 'xapp-'.");
        }

        if (options.HasAnyCredential && !options.IsEnabled)
        {
            errors.Add(options.Mode == SlackMode.Socket
                ? "Slack:Mode is Socket: set both Slack:BotToken and Slack:AppToken (or neither, to turn Slack off)."
                : "Slack:Mode is Http: set both Slack:BotToken and Slack:SigningSecret (or neither, to turn Slack off).");
        }

        if (!Enum.IsDefined(options.Mode))
        {
            errors.Add($"Slack:Mode must be Http or Socket, got '{options.Mode}'.");
        }

        for (var i = 0; i < options.AdminUserIds.Count; i++)
        {
            var id = options.AdminUserIds[i];
            if (string.IsNullOrWhiteSpace(id) || id.Length < 2 || id[0] is not ('U' or 'W') || !id.All(char.IsAsciiLetterOrDigit))
            {
                errors.Add($"Slack:AdminUserIds:{i} must be a Slack user id such as U012AB3CD, got '{id}'.");
            }
        }

        foreach (var (slash, command) in options.Commands)
        {
            if (!SlackCommandMap.KnownCommands.Contains(command))
            {
                errors.Add($"Slack:Commands:{slash} must be one of {string.Join(", ", SlackCommandMap.KnownCommands)}, got '{command}'.");
            }

            if (string.IsNullOrWhiteSpace(slash.TrimStart('/')) || slash.Any(char.IsWhiteSpace))
            {
                errors.Add($"Slack:Commands has an invalid slash command name '{slash}'.");
            }
        }

        if (options.InlineReplyWait <= TimeSpan.Zero || options.InlineReplyWait > TimeSpan.FromSeconds(2.5))
        {
            errors.Add("Slack:InlineReplyWait must be more than 0 and at most 00:00:02.5 (Slack's deadline is 3 seconds).");
        }

        if (options.QueueCapacity is < 1 or > 10_000)
        {
            errors.Add($"Slack:QueueCapacity must be between 1 and 10000, got {options.QueueCapacity}.");
        }

        if (options.Workers is < 1 or > 64)
        {
            errors.Add($"Slack:Workers must be between 1 and 64, got {options.Workers}.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero || options.RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add("Slack:MaxRetryAfter must not be negative and Slack:RequestTimeout must be positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
