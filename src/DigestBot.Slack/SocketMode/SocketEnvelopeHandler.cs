using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Slack.Inbound;
using DigestBot.Slack.Logging;
using Microsoft.Extensions.Logging;

namespace DigestBot.Slack.SocketMode;

/// <summary>Turns Socket Mode envelopes into the same work as HTTP requests and acknowledges each by envelope_id.</summary>
internal sealed class SocketEnvelopeHandler(SlackInbound inbound, ILogger<SocketEnvelopeHandler> logger)
{
    /// <summary>Handles one envelope and sends its ack on <paramref name="connection"/> within Slack's 3 seconds.</summary>
    public async Task HandleAsync(SocketModeConnection connection, JsonElement envelope, CancellationToken cancellationToken)
    {
        var envelopeId = envelope.GetProperty("envelope_id").GetString() ?? "";
        var type = envelope.TryGetProperty("type", out var t) ? t.GetString() : null;
        var hasPayload = envelope.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object;
        try
        {
            var ack = new JsonObject { ["envelope_id"] = envelopeId };
            switch (type)
            {
                case "events_api" when hasPayload:
                    var outcome = await inbound.HandleEventAsync(payload, cancellationToken).ConfigureAwait(false);
                    if (outcome.Disposition == EventDisposition.Busy)
                    {
                        // Not acknowledged, so Slack delivers it again later.
                        return;
                    }

                    break;
                case "slash_commands" when hasPayload:
                    ack["payload"] = await inbound.HandleSlashCommandAsync(Fields(payload), cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    logger.SocketEnvelopeIgnored(type ?? "none");
                    break;
            }

            await connection.SendAsync(ack, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.SocketEnvelopeFailed(ex, type ?? "none", connection.Number);
        }
    }

    private static Dictionary<string, string> Fields(JsonElement payload)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                fields[property.Name] = property.Value.GetString() ?? "";
            }
        }

        return fields;
    }
}
