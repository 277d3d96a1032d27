using DigestBot.Slack.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Slack HTTP endpoints.</summary>
public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>Maps POST /slack/commands and POST /slack/events; both verify Slack's signature first.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/slack/commands", SlackEndpoints.HandleCommandsAsync);
        endpoints.MapPost("/slack/events", SlackEndpoints.HandleEventsAsync);
        return endpoints;
    }
}
