using DigestBot.Core.Sources;

namespace DigestBot.Feeds.Tests.Polling;

/// <summary>One poll as the store saw it: the due time the poller claimed it for, when it claimed it, and the state it saved.</summary>
/// <param name="Url">The feed.</param>
/// <param name="ClaimedFor">The stored due time the poller read and claimed (null for a feed never polled).</param>
/// <param name="ClaimedAt">The clock when the claim was made.</param>
/// <param name="Saved">The state the poll saved: LastFetchAt, LastError and the next due time it scheduled.</param>
internal sealed record FeedPoll(string Url, DateTimeOffset? ClaimedFor, DateTimeOffset ClaimedAt, FeedSourceState Saved);
