using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DigestBot.Slack.Api;
using DigestBot.Slack.Tests.Fakes;
using DigestBot.Testing;

namespace DigestBot.Slack.Tests.Api;

/// <summary>Holds the client and the hand-written fake to Slack's published specs in ../shared/specs/slack.</summary>
public sealed class SlackSpecConformanceTests
{
    private static readonly Lazy<JsonObject> WebApi = new(() =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.InShared("specs", "slack", "web-api", "slack_web_openapi_v2.json")))!.AsObject());

    private static JsonObject Operation(string method) =>
        WebApi.Value["paths"]!["/" + method]!.AsObject().First().Value!.AsObject();

    [Theory]
    [InlineData("channel_not_found", "ChannelNotFound")]
    [InlineData("not_in_channel", "NotInChannel")]
    [InlineData("invalid_auth", "InvalidAuth")]
    [InlineData("account_inactive", "AccountInactive")]
    [InlineData("rate_limited", "RateLimited")]
    public void Classify_ErrorsTheSpecListsForChatPostMessage_AreTyped(string error, string failure)
    {
        var listed = Operation("chat.postMessage")["responses"]!["default"]!["schema"]!["properties"]!["error"]!["enum"]!.AsArray()
            .Select(e => e!.GetValue<string>());

        var classified = SlackApiResponse.Classify(error);

        Assert.Contains(error, listed);
        Assert.Equal(failure, classified.ToString());
    }

    [Theory]
    [InlineData("auth.test", "{}")]
    [InlineData("chat.postMessage", """{"channel":"C1","text":"hi","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"hi"}}]}""")]
    [InlineData("chat.postEphemeral", """{"channel":"C1","user":"U1","text":"hi","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"hi"}}]}""")]
    [InlineData("conversations.history", """{"channel":"C1"}""")]
    [InlineData("users.info", """{"user":"U1"}""")]
    public async Task FakeSlack_DefaultAnswers_HaveEveryFieldTheSpecRequires(string method, string request)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        using var http = new HttpClient { BaseAddress = slack.ApiBaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        using var message = new HttpRequestMessage(HttpMethod.Post, method) { Content = new StringContent(request, Encoding.UTF8, "application/json") };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeSlackApi.BotToken);

        using var response = await http.SendAsync(message);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        var required = Operation(method)["responses"]!["200"]!["schema"]!["required"]!.AsArray().Select(r => r!.GetValue<string>());
        Assert.All(required, field => Assert.True(body.ContainsKey(field), $"{method} answer lacks '{field}'"));
        Assert.Empty(slack.Violations);
    }

    [Fact]
    public void MentionPayload_HasTheEventWrapperFieldsTheSchemaRequires()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepoPaths.InShared("specs", "slack", "events-api", "slack_common_event_wrapper_schema.json")))!;
        var payload = JsonNode.Parse(SlackPayloads.Mention("Ev1", "C1", "hi"))!.AsObject();

        // authed_users is legacy (README: current payloads carry authorizations), so it is not required here.
        var required = schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).Where(r => r != "authed_users");
        var eventRequired = schema["properties"]!["event"]!["required"]!.AsArray().Select(r => r!.GetValue<string>());

        Assert.All(required, field => Assert.True(payload.ContainsKey(field), field));
        Assert.All(eventRequired, field => Assert.True(payload["event"]!.AsObject().ContainsKey(field), field));
        Assert.True(payload.ContainsKey("authorizations"));
    }
}
