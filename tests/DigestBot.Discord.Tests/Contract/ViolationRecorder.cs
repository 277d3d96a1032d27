using System.Collections.Concurrent;
using System.Text.Json;

namespace DigestBot.Discord.Tests.Contract;

/// <summary>Sits under the client's handlers and records each real response's status and Prism's request violations.</summary>
internal sealed class ViolationRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<(string Request, int Status, IReadOnlyList<string> Violations)> _seen = new();

    /// <summary>Optional header to add to each request (e.g. Prefer: code=429).</summary>
    public (string Name, string Value)? ExtraHeader { get; set; }

    public IReadOnlyList<(string Request, int Status, IReadOnlyList<string> Violations)> Seen => [.. _seen];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (ExtraHeader is { } header)
        {
            request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        var response = await base.SendAsync(request, cancellationToken);
        var violations = new List<string>();
        if (response.Headers.TryGetValues("sl-violations", out var values))
        {
            foreach (var value in values)
            {
                violations.AddRange(RequestViolations(value));
            }
        }

        _seen.Enqueue(($"{request.Method} {request.RequestUri?.AbsolutePath}", (int)response.StatusCode, violations));
        return response;
    }

    /// <summary>Entries whose location[0] is "request"; response-side ones are Prism's own fake data and are ignored.</summary>
    private static IEnumerable<string> RequestViolations(string header)
    {
        if (!header.TrimStart().StartsWith('['))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(header);
            return [.. document.RootElement.EnumerateArray()
                .Where(v => v.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Array && l.GetArrayLength() > 0 && l[0].GetString() == "request")
                .Select(v => v.GetRawText())];
        }
        catch (JsonException)
        {
            return [header];
        }
    }
}
