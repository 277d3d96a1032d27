using DigestBot.Discord.Configuration;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Gateway;

/// <summary>Finds the gateway URL: Discord:GatewayUrl when set, otherwise GET /gateway/bot.</summary>
internal sealed class GatewayConnector(DiscordRestClient rest, IOptions<DiscordOptions> options)
{
    /// <summary>The URL to identify at, with v=10 and encoding=json; null with a reason when it cannot be had.</summary>
    public async Task<(Uri? Url, string? Error)> GetUrlAsync(CancellationToken cancellationToken)
    {
        if (options.Value.GatewayUrl is { Length: > 0 } configured)
        {
            return (WithQuery(new Uri(configured)), null);
        }

        var result = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        return result.IsSuccess && Uri.TryCreate(result.Url, UriKind.Absolute, out var url)
            ? (WithQuery(url), null)
            : (null, $"GET /gateway/bot failed: HTTP {result.Status} {result.Error}");
    }

    /// <summary>Adds the API version and encoding unless the URL already has a query.</summary>
    public static Uri WithQuery(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Query.Length > 1)
        {
            return url;
        }

        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        if (builder.Path.Length == 0)
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
