using System.Text;
using System.Text.Json;
using DigestBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Slack.Inbound;

/// <summary>The HTTP endpoints: verify the signature on the raw body, parse, hand off, answer within 3 seconds.</summary>
internal static class SlackEndpoints
{
    /// <summary>POST /slack/commands: form-encoded slash commands (and Slack's ssl_check).</summary>
    public static async Task HandleCommandsAsync(HttpContext context)
    {
        var body = await SlackRequestReader.ReadVerifiedAsync(context, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body))
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        if (fields.GetValueOrDefault("ssl_check") == "1")
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (!fields.ContainsKey("command"))
        {
            await BadRequestAsync(context, "The form has no 'command' field.").ConfigureAwait(false);
            return;
        }

        var inbound = context.RequestServices.GetRequiredService<SlackInbound>();
        var reply = await inbound.HandleSlashCommandAsync(fields, context.RequestAborted).ConfigureAwait(false);
        await context.Response.WriteAsJsonAsync(reply, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>POST /slack/events: url_verification and event_callback (app_mention).</summary>
    public static async Task HandleEventsAsync(HttpContext context)
    {
        var body = await SlackRequestReader.ReadVerifiedAsync(context, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            await BadRequestAsync(context, $"The body is not JSON: {ex.Message}").ConfigureAwait(false);
            return;
        }

        using (json)
        {
            var inbound = context.RequestServices.GetRequiredService<SlackInbound>();
            var outcome = await inbound.HandleEventAsync(json.RootElement, context.RequestAborted).ConfigureAwait(false);
            if (outcome.Disposition == EventDisposition.Busy)
            {
                // Slack retries a failed delivery, which is what a full queue needs.
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            if (outcome.Response is not null)
            {
                await context.Response.WriteAsJsonAsync(outcome.Response, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
        }
    }

    private static Task BadRequestAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return context.Response.WriteAsync(message, context.RequestAborted);
    }
}
