using DigestBot.Slack.Logging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Slack.Signing;

/// <summary>Reads a request's raw body and verifies its Slack signature before anything parses it.</summary>
internal static class SlackRequestReader
{
    /// <summary>Slack's payloads are small; anything bigger is refused unread.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The raw body when the signature is valid; otherwise null and the 401/413 response is already set.</summary>
    public static async Task<byte[]?> ReadVerifiedAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("DigestBot.Slack.Signing");
        if (context.Request.ContentLength is > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        var check = services.GetRequiredService<SlackSignatureVerifier>().Verify(
            context.Request.Headers["X-Slack-Request-Timestamp"].ToString(),
            context.Request.Headers["X-Slack-Signature"].ToString(),
            body);
        if (check != SignatureCheck.Valid)
        {
            logger.RejectedRequest(context.Request.Path, check);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return null;
        }

        return body;
    }
}
