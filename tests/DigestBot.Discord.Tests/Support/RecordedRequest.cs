namespace DigestBot.Discord.Tests.Support;

/// <summary>A request the fake Discord server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At);
