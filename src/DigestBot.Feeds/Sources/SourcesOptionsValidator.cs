using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Sources;

/// <summary>Validates <see cref="SourcesOptions"/> at start; every message names the configuration key at fault.</summary>
public sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.MaxFeedBytes is < 1024 or > 1024L * 1024 * 1024)
        {
            errors.Add($"Sources:MaxFeedBytes must be between 1024 and 1073741824 (was {options.MaxFeedBytes}).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
        {
            errors.Add($"Sources:Timeout must be greater than 0 and at most 00:10:00 (was {options.Timeout}).");
        }

        if (options.MaxRedirects is < 0 or > 20)
        {
            errors.Add($"Sources:MaxRedirects must be between 0 and 20 (was {options.MaxRedirects}).");
        }

        if (options.DefaultInterval < MinInterval)
        {
            errors.Add($"Sources:DefaultInterval must be at least 00:01:00 (was {options.DefaultInterval}).");
        }

        if (options.MaxBackoff < options.DefaultInterval)
        {
            errors.Add($"Sources:MaxBackoff must be at least Sources:DefaultInterval (was {options.MaxBackoff}).");
        }

        if (options.RefreshInterval <= TimeSpan.Zero || options.RefreshInterval > TimeSpan.FromHours(1))
        {
            errors.Add($"Sources:RefreshInterval must be greater than 0 and at most 01:00:00 (was {options.RefreshInterval}).");
        }

        if (options.MaxConcurrentFetches is < 1 or > 64)
        {
            errors.Add($"Sources:MaxConcurrentFetches must be between 1 and 64 (was {options.MaxConcurrentFetches}).");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Feeds.Count; i++)
        {
            ValidateFeed(options.Feeds[i], i, seen, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateFeed(FeedSourceOptions feed, int index, HashSet<string> seen, List<string> errors)
    {
        var key = $"Sources:{index}";
        if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{key}:Url must be an absolute http or https URL (was \"{feed.Url}\").");
        }
        else if (!seen.Add(uri.AbsoluteUri))
        {
            errors.Add($"{key}:Url repeats a feed listed earlier ({uri.AbsoluteUri}).");
        }

        if (feed.Interval is { } interval && interval < MinInterval)
        {
            errors.Add($"{key}:Interval must be at least 00:01:00 (was {interval}).");
        }
    }
}
