namespace DigestBot.Discord.Tests.Support;

/// <summary>What the fake Discord server answers.</summary>
internal sealed record FakeResponse(int Status, string Body = "{}", IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Message(string id) => new(200, $"{{\"id\":\"{id}\",\"channel_id\":\"1\"}}");
}
