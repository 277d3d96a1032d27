using System.Globalization;
using DigestBot.Core.Chat;
using DigestBot.Core.Digests;
using Microsoft.Extensions.Options;

namespace DigestBot.Core.Subscriptions;

/// <summary>The /digest subcommands: subscribe, unsubscribe, status and now.</summary>
public sealed class DigestCommands(
    ISubscriptionStore subscriptions,
    IDigestOutbox outbox,
    IDigestSchedule schedule,
    DigestComposer composer,
    TimeProvider time,
    IOptions<DigestOptions> options) : IDigestCommands
{
    private const string SubscribeUsage = "Usage: /digest subscribe <HH:mm> <Time/Zone>, for example /digest subscribe 08:00 Europe/Berlin";

    /// <inheritdoc />
    public async Task<ChatReply> HandleAsync(string subcommand, string arguments, ChatContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (subcommand ?? "").Trim().ToLowerInvariant() switch
        {
            "subscribe" => await SubscribeAsync(arguments ?? "", context, cancellationToken).ConfigureAwait(false),
            "unsubscribe" => await UnsubscribeAsync(context, cancellationToken).ConfigureAwait(false),
            "status" => await StatusAsync(context, cancellationToken).ConfigureAwait(false),
            "now" => await NowAsync(context, cancellationToken).ConfigureAwait(false),
            var other => ChatReply.Error($"Unknown /digest subcommand '{other}'. Use now, subscribe, unsubscribe or status."),
        };
    }

    private async Task<ChatReply> SubscribeAsync(string arguments, ChatContext context, CancellationToken cancellationToken)
    {
        if (!context.IsAdmin)
        {
            return ChatReply.Error("Only a channel admin can subscribe this channel to digests.");
        }

        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            return ChatReply.Error(SubscribeUsage);
        }

        if (!TimeOnly.TryParseExact(parts[0], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return ChatReply.Error($"'{parts[0]}' is not a time of day; use 24-hour HH:mm such as 08:00. {SubscribeUsage}");
        }

        if (!TimeZoneResolver.TryResolve(parts[1], out _, out var zoneError))
        {
            return ChatReply.Error(zoneError!);
        }

        var time24 = at.ToString("HH:mm", CultureInfo.InvariantCulture);
        var subscription = await subscriptions.UpsertAsync(
            new SubscriptionDraft(context.Platform, context.ChannelId, time24, null, parts[1]), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await schedule.ScheduleAsync(subscription, cancellationToken).ConfigureAwait(false);
        return ChatReply.Info($"Subscribed: a digest every day at {subscription.Describe()}. Next: {NextRun(subscription)}.");
    }

    private async Task<ChatReply> UnsubscribeAsync(ChatContext context, CancellationToken cancellationToken)
    {
        if (!context.IsAdmin)
        {
            return ChatReply.Error("Only a channel admin can unsubscribe this channel from digests.");
        }

        var existing = await subscriptions.FindAsync(context.Platform, context.ChannelId, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return ChatReply.Info("This channel has no digest subscription.", ephemeral: true);
        }

        await schedule.UnscheduleAsync(existing.Id, cancellationToken).ConfigureAwait(false);
        await subscriptions.RemoveAsync(context.Platform, context.ChannelId, cancellationToken).ConfigureAwait(false);
        return ChatReply.Info($"Unsubscribed: no more digests at {existing.Describe()}.");
    }

    private async Task<ChatReply> StatusAsync(ChatContext context, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindAsync(context.Platform, context.ChannelId, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return ChatReply.Info("This channel has no digest subscription. An admin can add one with /digest subscribe 08:00 Europe/Berlin.", ephemeral: true);
        }

        var lines = new List<string> { $"Digest: every day at {subscription.Describe()}." };
        lines.Add(subscription.Enabled
            ? $"Next run: {NextRun(subscription)}."
            : $"Disabled: {subscription.DisabledReason}. Subscribe again to re-enable it.");
        var sent = await outbox.FindLatestAsync(subscription.Id, [OutboxStatus.Sent], cancellationToken).ConfigureAwait(false);
        lines.Add(sent is null
            ? "Last delivery: none yet."
            : $"Last delivery: {Local(sent.UpdatedAt, subscription)} (scheduled {Local(sent.FireTime, subscription)}), message {sent.MessageId}.");
        var failed = await outbox.FindLatestAsync(subscription.Id, [OutboxStatus.Failed, OutboxStatus.Skipped], cancellationToken).ConfigureAwait(false);
        if (failed is not null)
        {
            lines.Add($"Last failure: {Local(failed.FireTime, subscription)}: {failed.Reason}");
        }

        return ChatReply.Info(string.Join('\n', lines), ephemeral: true);
    }

    private async Task<ChatReply> NowAsync(ChatContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now - options.Value.FirstWindow;
        var subscription = await subscriptions.FindAsync(context.Platform, context.ChannelId, cancellationToken).ConfigureAwait(false);
        if (subscription is not null
            && await outbox.FindLatestAsync(subscription.Id, [OutboxStatus.Sent, OutboxStatus.Empty], cancellationToken).ConfigureAwait(false) is { } last
            && last.Until < now)
        {
            since = last.Until;
        }

        var digest = await composer.ComposeAsync(since, now, cancellationToken).ConfigureAwait(false);
        return digest.Stories.Count == 0
            ? ChatReply.Info(FormattableString.Invariant($"No new articles since {since:yyyy-MM-dd HH:mm} UTC."))
            : ChatReply.ForDigest(digest);
    }

    private string NextRun(Subscription subscription) =>
        schedule.GetNextFireTime(subscription, time.GetUtcNow()) is { } next ? Local(next, subscription) : "never (the schedule has no future time)";

    private static string Local(DateTimeOffset at, Subscription subscription)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(subscription.TimeZone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return local.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + subscription.TimeZone
            + local.ToString(" (UTCzzz)", CultureInfo.InvariantCulture);
    }
}
