using System.Globalization;
using DigestBot.Core.Chat;
using DigestBot.Core.Sources;
using DigestBot.Feeds.Fetching;
using DigestBot.Feeds.Parsing;
using DigestBot.Feeds.Polling;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Logging;

namespace DigestBot.Feeds.Chat;

/// <summary>
/// /sources add | remove | list | help. Anyone may list; only admins (Discord Manage Server, Slack workspace admins or
/// Slack:AdminUserIds) may add or remove. A feed is fetched and parsed once before it is stored, so a typo or a page
/// that is not a feed is refused with the reason and nothing is stored.
/// </summary>
public sealed partial class SourceCommands(
    SourceCatalog catalog,
    ISourceStore store,
    FeedFetcher fetcher,
    PollerWakeup wakeup,
    SourceListFormatter formatter,
    TimeProvider timeProvider,
    ILogger<SourceCommands> logger) : ISourceCommands
{
    private const int MaxNameLength = 80;

    /// <inheritdoc />
    public async Task<ChatReply> HandleAsync(string subcommand, string arguments, ChatContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        arguments = arguments.Trim();
        return subcommand switch
        {
            "list" => await ListAsync(arguments, cancellationToken).ConfigureAwait(false),
            "add" when !context.IsAdmin => Refuse("add"),
            "remove" when !context.IsAdmin => Refuse("remove"),
            "add" => await AddAsync(arguments, context, cancellationToken).ConfigureAwait(false),
            "remove" => await RemoveAsync(arguments, context, cancellationToken).ConfigureAwait(false),
            _ => new ChatReply(ChatReplyKind.Help, ChatHelp.Sources, Ephemeral: true),
        };
    }

    private static ChatReply Refuse(string verb) => ChatReply.Error(
        $"Only admins can {verb} sources (Discord: Manage Server permission; Slack: a workspace admin or a user listed in Slack:AdminUserIds). Anyone can use /sources list.");

    private async Task<ChatReply> ListAsync(string arguments, CancellationToken cancellationToken)
    {
        var page = 1;
        if (arguments.Length > 0 && (!int.TryParse(arguments, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return ChatReply.Error($"\"{arguments}\" is not a page number. Usage: /sources list [page], for example /sources list 2");
        }

        var sources = await catalog.ListAsync(cancellationToken).ConfigureAwait(false);
        var pages = SourceListFormatter.PageCount(sources.Count);
        if (page > pages)
        {
            return ChatReply.Error(string.Create(
                CultureInfo.InvariantCulture,
                $"There is no page {page}: {sources.Count} sources fit on {pages} page{(pages == 1 ? "" : "s")} of {SourceListFormatter.PageSize}. Try /sources list {pages}"));
        }

        var states = await store.ListStatesAsync(cancellationToken).ConfigureAwait(false);
        return ChatReply.Info(formatter.FormatPage(sources, states, page));
    }

    private async Task<ChatReply> AddAsync(string arguments, ChatContext context, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return ChatReply.Error("Usage: /sources add <url> [name], for example /sources add https://www.theguardian.com/world/rss Guardian World");
        }

        var text = parts[0].Trim('<', '>');
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return ChatReply.Error($"\"{parts[0]}\" is not an http or https URL. Usage: /sources add <url> [name]");
        }

        var name = parts.Length > 1 ? parts[1] : null;
        if (name is { Length: > MaxNameLength })
        {
            return ChatReply.Error($"The name is {name.Length} characters; at most {MaxNameLength}.");
        }

        var key = url.AbsoluteUri;
        var existing = (await catalog.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Key == key);
        if (existing is not null)
        {
            return ChatReply.Error($"Already following {key} as \"{existing.Feed.DisplayName}\".");
        }

        var fetched = await fetcher.FetchAsync(url, FeedValidators.None, cancellationToken).ConfigureAwait(false);
        if (fetched.Status != FeedFetchStatus.Fetched)
        {
            return ChatReply.Error($"Could not add {key}: {fetched.Reason ?? "no response"}. Nothing was stored.");
        }

        var feed = FeedParser.Parse(fetched.Body.Span, fetched.Address);
        if (feed.Format == FeedFormat.Invalid)
        {
            return ChatReply.Error($"Could not add {key}: it is not an RSS, Atom or JSON feed ({feed.Problem}). Nothing was stored.");
        }

        name ??= string.IsNullOrWhiteSpace(feed.Title) ? url.Host : Shorten(HtmlText.ToText(feed.Title));
        var source = new FeedSource(key, name, null, context.UserId, context.Platform + ":" + context.ChannelId, timeProvider.GetUtcNow());
        if (!await store.AddAsync(source, cancellationToken).ConfigureAwait(false))
        {
            return ChatReply.Error($"Already following {key}.");
        }

        wakeup.Wake();
        LogAdded(logger, key, context.Platform, context.UserId);
        return ChatReply.Info($"Added {name}: {FormatLabel(feed.Format)}, {feed.Items.Count} items. The first poll runs within a minute; /sources list shows it.");
    }

    private async Task<ChatReply> RemoveAsync(string arguments, ChatContext context, CancellationToken cancellationToken)
    {
        if (arguments.Length == 0)
        {
            return ChatReply.Error("Usage: /sources remove <url|name>; /sources list shows both.");
        }

        var target = arguments.Trim('<', '>');
        var sources = await catalog.ListAsync(cancellationToken).ConfigureAwait(false);
        var key = SourceCatalog.KeyOf(target);
        var matches = sources.Where(s => s.Key == key).ToList();
        if (matches.Count == 0)
        {
            matches = sources.Where(s => string.Equals(s.Feed.DisplayName, target, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        if (matches.Count == 0)
        {
            return ChatReply.Error($"No source has the URL or name \"{target}\". /sources list shows them.");
        }

        if (matches.Count > 1)
        {
            return ChatReply.Error($"{matches.Count} sources are named \"{target}\"; remove one by its URL: " + string.Join(", ", matches.Select(m => m.Key)));
        }

        var match = matches[0];
        if (match.IsConfigured)
        {
            return ChatReply.Error($"\"{match.Feed.DisplayName}\" is configured in appsettings.json (Sources); remove it there.");
        }

        if (!await store.RemoveAsync(match.Key, cancellationToken).ConfigureAwait(false))
        {
            return ChatReply.Error($"\"{match.Feed.DisplayName}\" was already removed.");
        }

        wakeup.Wake();
        LogRemoved(logger, match.Key, context.Platform, context.UserId);
        return ChatReply.Info($"Removed {match.Feed.DisplayName} ({match.Key}). Its articles already stored are kept.");
    }

    private static string Shorten(string title) => title.Length <= MaxNameLength ? title : title[..MaxNameLength].TrimEnd() + "…";

    private static string FormatLabel(FeedFormat format) => format switch
    {
        FeedFormat.Rss2 => "RSS 2.0",
        FeedFormat.Rss1 => "RSS 1.0",
        FeedFormat.Atom => "Atom",
        FeedFormat.JsonFeed => "JSON Feed",
        _ => format.ToString(),
    };

    [LoggerMessage(EventId = 330, Level = LogLevel.Information, Message = "Source {Url} added from {Platform} by {UserId}")]
    private static partial void LogAdded(ILogger logger, string url, string platform, string userId);

    [LoggerMessage(EventId = 331, Level = LogLevel.Information, Message = "Source {Url} removed from {Platform} by {UserId}")]
    private static partial void LogRemoved(ILogger logger, string url, string platform, string userId);
}
