using System.Text.Json.Nodes;
using DigestBot.Slack.Configuration;
using DigestBot.Testing;

namespace DigestBot.Slack.Tests.Configuration;

public sealed class SlackAppManifestTests
{
    private static JsonObject Load(string file) => JsonNode.Parse(File.ReadAllText(RepoPaths.InRoot(file)))!.AsObject();

    [Theory]
    [InlineData("slack-app-manifest.json")]
    [InlineData("slack-app-manifest.socket.json")]
    public void Manifest_Commands_AreExactlyTheOnesTheAdapterAnswersByDefault(string file)
    {
        var manifest = Load(file);

        var commands = manifest["features"]!["slash_commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>()).Order();

        Assert.Equal(SlackCommandMap.KnownCommands.Select(c => "/" + c).Order(), commands);
    }

    [Theory]
    [InlineData("slack-app-manifest.json")]
    [InlineData("slack-app-manifest.socket.json")]
    public void Manifest_Scopes_CoverEveryMethodTheAdapterCalls(string file)
    {
        var manifest = Load(file);

        var scopes = manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();

        Assert.Subset(scopes.ToHashSet(), new HashSet<string> { "commands", "chat:write", "app_mentions:read", "channels:history", "users:read" });
        Assert.Equal(["app_mention"], manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    [Fact]
    public void Manifest_HttpVariant_PointsAtTheMappedEndpoints()
    {
        var manifest = Load("slack-app-manifest.json");

        Assert.False(manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.EndsWith("/slack/events", manifest["settings"]!["event_subscriptions"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(manifest["features"]!["slash_commands"]!.AsArray(),
            c => Assert.EndsWith("/slack/commands", c!["url"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_SocketVariant_HasSocketModeOnAndNoUrls()
    {
        var manifest = Load("slack-app-manifest.socket.json");

        Assert.True(manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.Null(manifest["settings"]!["event_subscriptions"]!["request_url"]);
        Assert.All(manifest["features"]!["slash_commands"]!.AsArray(), c => Assert.Null(c!["url"]));
    }
}
