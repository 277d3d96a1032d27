using System.Globalization;
using System.Text;
using DigestBot.Core.Sources;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Chat;

/// <summary>Writes /sources list: per feed its name, URL, origin, last fetch, items, new/updated, last error and next poll.</summary>
public sealed class SourceListFormatter(IOptions<SourcesOptions> options, TimeProvider timeProvider)
{
    /// <summary>One block per feed, in catalog order.</summary>
    public string Format(IReadOnlyList<CatalogSource> sources, IReadOnlyList<FeedSourceState> states)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(states);
        if (sources.Count == 0)
        {
            return "No news sources yet. An admin can add one with /sources add <url> [name].";
        }

        var byUrl = states.ToDictionary(s => s.Url, StringComparer.Ordinal);
        var now = timeProvider.GetUtcNow();
        var text = new StringBuilder(sources.Count == 1 ? "1 news source:" : $"{sources.Count} news sources:");
        foreach (var source in sources)
        {
            var interval = source.Feed.Interval ?? options.Value.DefaultInterval;
            text.Append(CultureInfo.InvariantCulture, $"\n\n{source.Feed.DisplayName} <{source.Key}>\n  every {Span(interval)}, ");
            text.Append(source.Added is { } added
                ? string.Create(CultureInfo.InvariantCulture, $"added by {added.AddedBy} on {Time(added.AddedAt)}")
                : "configured in appsettings.json");
            text.Append("\n  ").Append(Status(byUrl.GetValueOrDefault(source.Key), now));
        }

        return text.ToString();
    }

    private static string Status(FeedSourceState? state, DateTimeOffset now)
    {
        if (state?.LastFetchAt is not { } fetched)
        {
            return "not polled yet" + (state?.NextPollAt is { } first ? "; first poll " + Relative(first, now) : "");
        }

        var c = CultureInfo.InvariantCulture;
        var line = new StringBuilder(string.Create(c, $"last fetch {Time(fetched)} ({Relative(fetched, now)}) · {state.ItemsLastFetched} items · {state.NewItems} new, {state.UpdatedItems} updated"));
        if (state.LastError is { } error)
        {
            line.Append(c, $"\n  last error: {error}");
            if (state.ConsecutiveFailures > 1)
            {
                line.Append(c, $" ({state.ConsecutiveFailures} failures in a row)");
            }
        }

        if (state.NextPollAt is { } next)
        {
            line.Append(c, $"\n  next poll {Relative(next, now)}");
        }

        return line.ToString();
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Relative(DateTimeOffset time, DateTimeOffset now)
    {
        var delta = time - now;
        if (delta.Duration() < TimeSpan.FromSeconds(1))
        {
            return "now";
        }

        return delta > TimeSpan.Zero ? "in " + Span(delta) : Span(delta.Duration()) + " ago";
    }

    private static string Span(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0.#} d"),
        { TotalHours: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} h"),
        { TotalMinutes: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0} s"),
    };
}
