using DigestBot.Core.Answers;
using DigestBot.Core.Digests;
using DigestBot.Core.Quotes;

namespace DigestBot.Slack.Tests.Fakes;

/// <summary>Answers and digests for rendering tests, some with text that tries to ping everyone.</summary>
internal static class Samples
{
    public static ArticleSource Source(int i = 1) =>
        new($"a{i}", $"Kallas on sanctions {i}", $"https://news.example/articles/{i}");

    public static Statement Statement(string quote = "We will keep up the pressure.", int i = 1) =>
        new(quote, QuoteKind.Direct, "Kaja Kallas", Source(i), 0, quote.Length);

    public static Answer Answer(params Statement[] statements) =>
        new("what did Kallas say?", AnswerKind.Statements, "Kaja Kallas",
            statements.Length == 0 ? [Statement()] : statements, [], null, []);

    public static Digest Digest(int stories = 2) =>
        new(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 26, 6, 0, 0, TimeSpan.Zero),
            [.. Enumerable.Range(1, stories).Select(i => new DigestStory(
                $"Story {i}", [$"Summary sentence {i}."], [Statement(i: i)], [Source(i)]))]);
}
