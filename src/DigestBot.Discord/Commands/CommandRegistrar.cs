using System.Security.Cryptography;
using System.Text;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Commands;

/// <summary>
/// At start, bulk-overwrites the slash commands (globally or in Discord:GuildId) when their definitions, the
/// application or the guild changed since the last successful registration, remembered as a hash in a small file.
/// </summary>
internal sealed class CommandRegistrar(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger) : BackgroundService
{
    /// <summary>File name of the hash under Discord:StateDirectory.</summary>
    public const string StateFileName = "discord-commands.sha256";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken) =>
        await RegisterAsync(stoppingToken).ConfigureAwait(false);

    /// <summary>Registers if needed; returns true when the commands are known to be registered.</summary>
    public async Task<bool> RegisterAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var applicationId = settings.ApplicationId ?? throw new InvalidOperationException("Discord:ApplicationId is required to register commands.");
        var scope = settings.GuildId is { Length: > 0 } guild ? $"guild {guild}" : "global";
        var commands = CommandDefinitions.Build();
        var json = commands.ToJsonString();
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{applicationId}|{settings.GuildId}|{settings.ApiBaseUrl}|{json}")));
        var stateFile = Path.Combine(settings.StateDirectory, StateFileName);
        if (File.Exists(stateFile)
            && string.Equals((await File.ReadAllTextAsync(stateFile, cancellationToken).ConfigureAwait(false)).Trim(), hash, StringComparison.Ordinal))
        {
            DiscordLog.CommandsUnchanged(logger, scope);
            return true;
        }

        var result = await rest.BulkOverwriteCommandsAsync(applicationId, settings.GuildId, commands, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            DiscordLog.CommandRegistrationFailed(logger, scope, result.Status, result.Error);
            return false;
        }

        Directory.CreateDirectory(settings.StateDirectory);
        await File.WriteAllTextAsync(stateFile, hash + "\n", cancellationToken).ConfigureAwait(false);
        DiscordLog.CommandsRegistered(logger, commands.Count, scope);
        return true;
    }
}
