using System.Text.Json;
using DigestBot.Discord.Messages;
using DigestBot.Discord.Signatures;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Interactions;

/// <summary>POST /discord/interactions: verify the signature on the raw body first, then parse, dispatch and answer.</summary>
internal static class InteractionsEndpoint
{
    /// <summary>Interactions are small; anything bigger is refused before it is buffered.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task HandleAsync(
        HttpContext context,
        InteractionSignatureVerifier verifier,
        InteractionDispatcher dispatcher,
        ReplyQueue queue,
        ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = loggers.CreateLogger(typeof(InteractionsEndpoint).FullName!);
        var cancellationToken = context.RequestAborted;
        var body = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);
        var check = body is null
            ? SignatureCheck.Malformed
            : verifier.Verify(
                context.Request.Headers["X-Signature-Ed25519"].ToString(),
                context.Request.Headers["X-Signature-Timestamp"].ToString(),
                body);
        if (check != SignatureCheck.Valid)
        {
            DiscordLog.SignatureRejected(logger, body is null ? "body too large" : check.ToString());
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("invalid request signature", cancellationToken).ConfigureAwait(false);
            return;
        }

        Interaction? interaction;
        string? error;
        try
        {
            using var document = JsonDocument.Parse(body);
            interaction = InteractionParser.TryParse(document.RootElement, out error);
        }
        catch (JsonException exception)
        {
            interaction = null;
            error = "body is not JSON: " + exception.Message;
        }

        if (interaction is null)
        {
            DiscordLog.BodyInvalid(logger, error ?? "unknown");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(error ?? "bad interaction", cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await dispatcher.DispatchAsync(interaction, cancellationToken).ConfigureAwait(false);
        if (outcome.Pending is { } pending)
        {
            // Edits and follow-ups may only start once Discord has our first response.
            context.Response.OnCompleted(() =>
            {
                if (!queue.TryEnqueue(pending))
                {
                    DiscordLog.QueueFull(logger, interaction.CommandName);
                }

                return Task.CompletedTask;
            });
        }

        await context.Response.WriteAsJsonAsync(outcome.Response, DiscordJson.Options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
