using System.Net;
using System.Net.Http.Headers;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Fetching;

/// <summary>
/// Fetches one feed over a typed HttpClient: conditional GET, a whole-fetch timeout, a body size cap, redirects
/// followed by hand (so the limit and the address rules apply to every hop), and Retry-After read on 429/503.
/// Never throws for network or server trouble: it returns a failure with a reason.
/// </summary>
public sealed partial class FeedFetcher(
    HttpClient http, IOptions<SourcesOptions> options, TimeProvider timeProvider, ILogger<FeedFetcher> logger)
{
    /// <summary>Fetches <paramref name="address"/>, sending <paramref name="validators"/> as a conditional GET.</summary>
    public async Task<FeedFetchResult> FetchAsync(Uri address, FeedValidators validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(validators);
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await FetchCoreAsync(address, validators, settings, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Failed(address, validators, $"timed out after {settings.Timeout.TotalSeconds:0.#} s (Sources:Timeout)");
        }
        catch (FeedAddressRefusedException ex)
        {
            return Failed(address, validators, "refused: " + ex.Message);
        }
        catch (HttpRequestException ex) when (ex.InnerException is FeedAddressRefusedException refused)
        {
            return Failed(address, validators, "refused: " + refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return Failed(address, validators, "network error: " + ex.Message);
        }
        catch (IOException ex)
        {
            return Failed(address, validators, "connection broken while reading: " + ex.Message);
        }
    }

    private async Task<FeedFetchResult> FetchCoreAsync(
        Uri address, FeedValidators validators, SourcesOptions settings, CancellationToken cancellationToken)
    {
        var current = address;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                return Failed(address, validators, $"refused: {current} is not an http or https address");
            }

            using var request = BuildRequest(current, validators, settings);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
            if (IsRedirect(response.StatusCode))
            {
                var location = response.Headers.Location;
                if (location is null)
                {
                    return Failed(address, validators, $"redirect {(int)response.StatusCode} from {current} has no Location");
                }

                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (!visited.Add(current.AbsoluteUri) || visited.Contains(next.AbsoluteUri))
                {
                    return Failed(address, validators, $"redirect loop: {current} redirects back to {next}");
                }

                if (hop >= settings.MaxRedirects)
                {
                    return Failed(address, validators, $"too many redirects: more than {settings.MaxRedirects} (Sources:MaxRedirects)");
                }

                current = next;
                LogRedirect(logger, address, current);
                continue;
            }

            return await ReadResponseAsync(response, current, validators, settings, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<FeedFetchResult> ReadResponseAsync(
        HttpResponseMessage response, Uri current, FeedValidators validators, SourcesOptions settings, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FeedFetchResult(FeedFetchStatus.NotModified, current, ReadOnlyMemory<byte>.Empty, Merge(response, validators));
        }

        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = RetryAfter(response);
            var reason = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
            if (retryAfter is { } wait)
            {
                reason += $" (Retry-After {wait.TotalSeconds:0} s)";
            }

            return Failed(current, validators, reason, retryAfter);
        }

        if (response.Content.Headers.ContentLength is { } length && length > settings.MaxFeedBytes)
        {
            return Failed(current, validators, $"response of {length} bytes exceeds Sources:MaxFeedBytes ({settings.MaxFeedBytes})");
        }

        var body = await ResponseBody.ReadCappedAsync(response.Content, settings.MaxFeedBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Failed(current, validators, $"response cut at Sources:MaxFeedBytes ({settings.MaxFeedBytes} bytes)");
        }

        return new FeedFetchResult(FeedFetchStatus.Fetched, current, body, Merge(response, FeedValidators.None));
    }

    private static HttpRequestMessage BuildRequest(Uri address, FeedValidators validators, SourcesOptions settings)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.UserAgent.ParseAdd(settings.UserAgent);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        if (validators.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var parsed))
        {
            request.Headers.IfNoneMatch.Add(parsed);
        }

        if (validators.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        return request;
    }

    private static FeedValidators Merge(HttpResponseMessage response, FeedValidators fallback) => new(
        response.Headers.ETag?.ToString() ?? fallback.ETag,
        response.Content.Headers.LastModified ?? fallback.LastModified);

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return wait is { } value && value > TimeSpan.Zero ? value : TimeSpan.Zero;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private FeedFetchResult Failed(Uri address, FeedValidators validators, string reason, TimeSpan? retryAfter = null)
    {
        LogFailed(logger, address, reason);
        return FeedFetchResult.Failure(address, validators, reason, retryAfter);
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Debug, Message = "Feed {Address} redirected to {Target}")]
    private static partial void LogRedirect(ILogger logger, Uri address, Uri target);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Fetching feed {Address} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, Uri address, string reason);
}
