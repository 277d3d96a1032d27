using System.Globalization;
using System.Text;
using DigestBot.Core.Sources;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Chat;

/// <summary>Writes /sources list: per feed its name, URL, origin, last fetch, items, new/updated, last error and next poll.</summary>
public sealed class SourceListFormatter(IOptions<SourcesOptions> options, TimeProvider timeProvider)
{
    /// <summary>
    /// Feeds per chat page: about 2,500 characters, so a page fits one Slack message (sections of at most 3,000
    /// characters) and at most two Discord messages of 2,000.
    /// </summary>
    public const int PageSize = 10;

    private const string Empty = "No news sources yet. An admin can add one with /sources add <url> [name].";

    /// <summary>How many chat pages <paramref name="count"/> feeds take (at least 1).</summary>
    public static int PageCount(int count) => Math.Max(1, (count + PageSize - 1) / PageSize);

    /// <summary>One block per feed, in catalog order: every feed (the command line).</summary>
    public string Format(IReadOnlyList<CatalogSource> sources, IReadOnlyList<FeedSourceState> states)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(states);
        if (sources.Count == 0)
        {
            return Empty;
        }

        var text = new StringBuilder(sources.Count == 1 ? "1 news source:" : $"{sources.Count} news sources:");
        AppendFeeds(text, sources, states);
        return text.ToString();
    }

    /// <summary>
    /// Page <paramref name="page"/> (from 1) of <see cref="PageSize"/> feeds for chat, saying "page 1 of N" and the
    /// command for the next page; a list that fits one page reads as <see cref="Format"/>.
    /// </summary>
    public string FormatPage(IReadOnlyList<CatalogSource> sources, IReadOnlyList<FeedSourceState> states, int page)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(states);
        var pages = PageCount(sources.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(page, pages);
        if (pages == 1)
        {
            return Format(sources, states);
        }

        var first = ((page - 1) * PageSize) + 1;
        var slice = sources.Skip(first - 1).Take(PageSize).ToList();
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder(string.Create(c, $"{sources.Count} news sources, page {page} of {pages} (feeds {first}–{first + slice.Count - 1}):"));
        AppendFeeds(text, slice, states);
        text.Append(c, $"\n\nPage {page} of {pages}. ");
        text.Append(page < pages
            ? string.Create(c, $"Next: /sources list {page + 1}")
            : "First page: /sources list 1");
        return text.ToString();
    }

    private void AppendFeeds(StringBuilder text, IReadOnlyList<CatalogSource> sources, IReadOnlyList<FeedSourceState> states)
    {
        var byUrl = states.ToDictionary(s => s.Url, StringComparer.Ordinal);
        var now = timeProvider.GetUtcNow();
        foreach (var source in sources)
        {
            var interval = source.Feed.Interval ?? options.Value.DefaultInterval;
            text.Append(CultureInfo.InvariantCulture, $"\n\n{source.Feed.DisplayName} <{source.Key}>\n  every {Span(interval)}, ");
            text.Append(source.Added is { } added
                ? string.Create(CultureInfo.InvariantCulture, $"added by {added.AddedBy} on {Time(added.AddedAt)}")
                : "configured in appsettings.json");
            text.Append("\n  ").Append(Status(byUrl.GetValueOrDefault(source.Key), now));
        }
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
