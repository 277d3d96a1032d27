namespace DigestBot.Feeds.Tests.Fetching;

/// <summary>One request the test server saw.</summary>
/// <param name="Path">The request path, e.g. /feeds/x.xml.</param>
/// <param name="At">When it arrived (system clock).</param>
/// <param name="Status">The status answered; 0 when the client hung up first.</param>
internal sealed record FeedRequest(string Path, DateTimeOffset At, int Status);
