using System.Text.RegularExpressions;

namespace DigestBot.Discord.Rest;

/// <summary>
/// The rate-limit identity of a request: method plus path with minor ids replaced, keeping the major parameters
/// (channel, guild, webhook id and token) because Discord keys buckets on them.
/// </summary>
internal sealed partial record RouteKey(string Key, string Major, string LogName, bool ExemptFromGlobal)
{
    /// <summary>Builds the key for a request URI relative to the API base.</summary>
    public static RouteKey For(HttpMethod method, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = relativePath.Split('?', 2)[0].Trim('/');
        var segments = path.Split('/');
        var major = "";
        var log = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            var previous = i > 0 ? segments[i - 1] : "";
            if (previous is "channels" or "guilds" or "webhooks" && i == 1)
            {
                major += segments[i];
                log[i] = "{" + previous.TrimEnd('s') + "}";
            }
            else if (i == 2 && segments[0] is "webhooks" or "interactions")
            {
                // The webhook or interaction token is part of the major parameter; keep it out of logs.
                major += "/" + segments[i];
                log[i] = "{token}";
                segments[i] = "{token}";
            }
            else if (Snowflake().IsMatch(segments[i]))
            {
                log[i] = "{id}";
                segments[i] = "{id}";
            }
            else
            {
                log[i] = segments[i];
            }
        }

        var template = string.Join('/', segments);
        var name = method.Method + " " + string.Join('/', log);
        // Interaction callbacks are not bound by the global limit.
        return new RouteKey(method.Method + " " + template, major, name, segments[0] == "interactions");
    }

    [GeneratedRegex("^[0-9]{1,20}$")]
    private static partial Regex Snowflake();
}
