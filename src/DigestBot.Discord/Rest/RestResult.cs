using System.Net;

namespace DigestBot.Discord.Rest;

/// <summary>The outcome of one REST call: status, the id (and url) read from the body, or why it failed.</summary>
/// <param name="Status">HTTP status; 0 when the request never got an answer (timeout, connection refused).</param>
/// <param name="Id">The top-level "id" of the response body, if any.</param>
/// <param name="Url">The top-level "url" of the response body (GET /gateway/bot).</param>
/// <param name="RetryAfter">For 429: how long to wait, clamped.</param>
/// <param name="Error">Discord's error message and code, or the exception message.</param>
/// <param name="Count">Length of the response array, when the body is an array.</param>
internal sealed record RestResult(int Status, string? Id, string? Url, TimeSpan? RetryAfter, string? Error, int Count = 0)
{
    /// <summary>2xx.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>A failure without an HTTP answer.</summary>
    public static RestResult NoAnswer(string error) => new(0, null, null, null, error);

    /// <summary>True for the given status.</summary>
    public bool Is(HttpStatusCode code) => Status == (int)code;
}
