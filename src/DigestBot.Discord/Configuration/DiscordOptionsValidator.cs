using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Configuration;

/// <summary>Checks the rules that span several keys, naming the key to set.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || !api.AbsoluteUri.EndsWith('/'))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute URL ending in '/', e.g. https://discord.com/api/v10/.");
        }

        if (options.GatewayUrl is { Length: > 0 } gateway
            && (!Uri.TryCreate(gateway, UriKind.Absolute, out var ws) || ws.Scheme is not ("ws" or "wss")))
        {
            failures.Add("Discord:GatewayUrl must be a ws:// or wss:// URL.");
        }

        if (options.IsEnabled)
        {
            if (options.UsesInteractions && string.IsNullOrWhiteSpace(options.PublicKey))
            {
                failures.Add($"Discord:Mode is {options.Mode}, which needs Discord:PublicKey (the application's public key).");
            }

            if (options.UsesGateway && string.IsNullOrWhiteSpace(options.BotToken))
            {
                failures.Add($"Discord:Mode is {options.Mode}, which needs the bot token in the environment variable Discord__BotToken.");
            }

            if (options.RegisterCommands && string.IsNullOrWhiteSpace(options.ApplicationId))
            {
                failures.Add("Discord:RegisterCommands is true, which needs Discord:ApplicationId.");
            }

            if (options.RegisterCommands && string.IsNullOrWhiteSpace(options.BotToken))
            {
                failures.Add("Discord:RegisterCommands is true, which needs the bot token in the environment variable Discord__BotToken.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
