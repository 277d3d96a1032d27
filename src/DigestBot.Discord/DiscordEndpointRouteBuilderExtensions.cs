using DigestBot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigestBot.Discord;

/// <summary>Maps the Discord interactions endpoint.</summary>
public static class DiscordEndpointRouteBuilderExtensions
{
    /// <summary>The path to enter as INTERACTIONS ENDPOINT URL in the developer portal (after your public origin).</summary>
    public const string InteractionsPath = "/discord/interactions";

    /// <summary>
    /// Maps POST /discord/interactions. It verifies the Ed25519 signature before reading anything and answers 401 to
    /// every request when no public key is configured (fail closed).
    /// </summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(InteractionsPath, InteractionsEndpoint.HandleAsync).DisableAntiforgery();
        return endpoints;
    }
}
