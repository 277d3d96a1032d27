using DigestBot.Core.Answers;
using DigestBot.Core.Quotes;

namespace DigestBot.Discord.Tests.Support;

/// <summary>Answers built for tests.</summary>
internal static class Answers
{
    public static Answer Statements(string question, int count, int quoteLength = 60)
    {
        var statements = Enumerable.Range(1, count)
            .Select(i => new Statement(
                $"Statement {i} " + new string('x', Math.Max(0, quoteLength - 12)),
                QuoteKind.Direct,
                "Kaja Kallas",
                new ArticleSource($"a{i}", $"EU foreign ministers meet ({i})", $"https://news.example/{i}"),
                0,
                quoteLength))
            .ToList();
        return new Answer(question, AnswerKind.Statements, "Kaja Kallas", statements, [], null, []);
    }
}
