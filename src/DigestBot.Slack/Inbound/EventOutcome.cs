using System.Text.Json.Nodes;

namespace DigestBot.Slack.Inbound;

/// <summary>The disposition of an event and the JSON to answer with, if any.</summary>
internal sealed record EventOutcome(EventDisposition Disposition, JsonObject? Response);
