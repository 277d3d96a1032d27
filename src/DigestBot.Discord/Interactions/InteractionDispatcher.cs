using DigestBot.Core.Answers;
using DigestBot.Core.Chat;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Messages;
using DigestBot.Discord.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Interactions;

/// <summary>
/// Turns a verified interaction into its first response, the same for HTTP and the gateway: pong, autocomplete
/// choices, the answer itself when it is ready within Discord:DeferAfter, or a deferral whose edit is queued.
/// </summary>
internal sealed class InteractionDispatcher(
    IServiceScopeFactory scopes,
    ReplyQueue queue,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionDispatcher> logger) : IDisposable
{
    /// <summary>Interaction tokens live 15 minutes; an answer after that could not be delivered.</summary>
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(14);

    private static readonly TimeSpan AutocompleteTimeout = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Computes the first response; run <see cref="InteractionOutcome.Pending"/> once it has been sent.</summary>
    public async Task<InteractionOutcome> DispatchAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.Type switch
        {
            Interaction.PingType => new InteractionOutcome(InteractionResponse.Pong),
            Interaction.AutocompleteType => new InteractionOutcome(await AutocompleteAsync(interaction, cancellationToken).ConfigureAwait(false)),
            Interaction.ApplicationCommandType => await CommandAsync(interaction, cancellationToken).ConfigureAwait(false),
            _ => new InteractionOutcome(InteractionResponse.Message(Ephemeral($"This bot does not handle interaction type {interaction.Type}."))),
        };
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task<InteractionOutcome> CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!queue.HasRoom)
        {
            DiscordLog.QueueFull(logger, interaction.CommandName);
            return new InteractionOutcome(InteractionResponse.Message(Ephemeral("The bot is busy right now; try again in a minute.")));
        }

        var command = new ChatCommand(
            interaction.CommandName,
            interaction.Text,
            new ChatContext("discord", interaction.ChannelId, interaction.UserId, interaction.IsAdmin));
        var running = RunAsync(command);
        var deadline = Task.Delay(options.Value.DeferAfter, time, cancellationToken);
        if (await Task.WhenAny(running, deadline).ConfigureAwait(false) == running)
        {
            var messages = ReplyRenderer.Render(await running.ConfigureAwait(false));
            var pending = messages.Count > 1 ? new PendingReply(interaction.ApplicationId, interaction.Token, running, Deferred: false) : null;
            return new InteractionOutcome(InteractionResponse.Message(messages[0]), pending);
        }

        return new InteractionOutcome(
            InteractionResponse.Deferred(ephemeral: false),
            new PendingReply(interaction.ApplicationId, interaction.Token, running, Deferred: true));
    }

    private async Task<ChatReply> RunAsync(ChatCommand command)
    {
        // Let the caller's deadline run while the handler works.
        await Task.Yield();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(CommandTimeout);
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var handler = scope.ServiceProvider.GetRequiredService<IChatCommandHandler>();
            return await handler.HandleAsync(command, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            DiscordLog.CommandFailed(logger, exception, command.Name);
            return ChatReply.Error($"Sorry, /{command.Name} failed on the bot's side. The error has been logged.");
        }
    }

    private async Task<InteractionResponse> AutocompleteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var prefix = (interaction.FocusedValue ?? "").Trim();
        await using var scope = scopes.CreateAsyncScope();
        var answerer = scope.ServiceProvider.GetService<IQuestionAnswerer>();
        if (answerer is null)
        {
            return InteractionResponse.Choices([]);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(AutocompleteTimeout);
        try
        {
            var names = await answerer.SuggestSpeakersAsync(prefix, DiscordLimits.Choices, timeout.Token).ConfigureAwait(false);
            return InteractionResponse.Choices(names
                .Where(n => !string.IsNullOrWhiteSpace(n))
                .Select(n => DiscordText.Trim(n.Trim(), DiscordLimits.ChoiceText))
                .Distinct(StringComparer.Ordinal)
                .Take(DiscordLimits.Choices)
                .Select(n => new AutocompleteChoice(n, n)));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.AutocompleteFailed(logger, exception);
            return InteractionResponse.Choices([]);
        }
    }

    private static DiscordMessage Ephemeral(string text) => new(text, null, DiscordMessage.EphemeralFlag);
}
