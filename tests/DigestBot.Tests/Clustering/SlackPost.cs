namespace DigestBot.Tests.Clustering;

/// <summary>One chat.postMessage the fake received: where, under which digest key, and when.</summary>
internal sealed record SlackPost(string Channel, string Key, string Ts, DateTimeOffset ReceivedAt);
