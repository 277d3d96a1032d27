using System.Text.Json.Nodes;

namespace DigestBot.Slack.Tests.Fakes;

/// <summary>One request the fake Slack received.</summary>
internal sealed record RecordedCall(string Method, string? Authorization, JsonObject Body);
