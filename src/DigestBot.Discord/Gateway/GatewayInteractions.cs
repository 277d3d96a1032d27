using System.Text.Json;
using DigestBot.Discord.Interactions;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Gateway;

/// <summary>Handles INTERACTION_CREATE from the gateway with the same dispatcher as HTTP, answering via the callback endpoint.</summary>
internal sealed class GatewayInteractions(
    InteractionDispatcher dispatcher,
    ReplyQueue queue,
    DiscordRestClient rest,
    ILogger<GatewayInteractions> logger)
{
    /// <summary>Parses, dispatches, posts the first response, then queues any edit or follow-ups. Never throws.</summary>
    public async Task HandleAsync(JsonElement data, CancellationToken cancellationToken)
    {
        try
        {
            var interaction = InteractionParser.TryParse(data, out var error);
            if (interaction is null)
            {
                DiscordLog.BodyInvalid(logger, error ?? "unknown");
                return;
            }

            var outcome = await dispatcher.DispatchAsync(interaction, cancellationToken).ConfigureAwait(false);
            var result = await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, outcome.Response, cancellationToken)
                .ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                DiscordLog.ReplyFailed(logger, result.Status, result.Error);
                return;
            }

            if (outcome.Pending is { } pending && !queue.TryEnqueue(pending))
            {
                DiscordLog.QueueFull(logger, interaction.CommandName);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.GatewayDispatchFailed(logger, exception);
        }
    }
}
