using DigestBot.Core.Language;
using DigestBot.Core.People;
using DigestBot.Testing;

namespace DigestBot.Core.Tests.People;

public sealed class MentionNameTests
{
    [Fact]
    public void Write_EveryMentionOfTheDevSet_ReadsAsNameWordsJoined()
    {
        var texts = File.ReadLines(RepoPaths.InShared("eval", "quotes-dev.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToList();
        var checkedMentions = 0;
        var wrong = new List<string>();
        Span<char> buffer = stackalloc char[256];

        foreach (var text in texts)
        {
            using var parsed = ParsedText.Parse(text);
            foreach (var m in NameFinder.Find(parsed))
            {
                var words = PeopleIndex.NameWords(parsed, m);
                var length = MentionName.Write(parsed, m, buffer, out var last);
                var expected = string.Join(' ', words);
                if (length < 0 || buffer[..length].ToString() != expected
                    || words.Count > 0 && buffer[last..length].ToString() != words[^1])
                {
                    wrong.Add(expected);
                }

                checkedMentions++;
            }
        }

        Assert.Empty(wrong);
        Assert.True(checkedMentions > 500);
    }

    [Fact]
    public void Write_BufferTooSmall_GivesMinusOne()
    {
        using var parsed = ParsedText.Parse("Talks with US President Donald Trump ended.");
        var mention = NameFinder.Find(parsed).Single(m => parsed.WordString(m.End - 1) == "Trump");
        Span<char> buffer = stackalloc char[8];

        var length = MentionName.Write(parsed, mention, buffer, out _);

        Assert.Equal(-1, length);
    }

    [Theory]
    [InlineData("It was a decision of Russia's Vladimir Putin yesterday.", "Vladimir Putin")]
    [InlineData("The report by K.C. Maurer came out.", "K.C. Maurer")]
    [InlineData("Talks with US President Donald Trump ended.", "Donald Trump")]
    public void Write_FromTheShapeStart_WritesTheBareName(string text, string expected)
    {
        using var parsed = ParsedText.Parse(text);
        var mention = NameFinder.Find(parsed).Single(m => NameShape.Of(parsed, m).Words > 1);
        var shape = NameShape.Of(parsed, mention);
        Span<char> buffer = stackalloc char[64];

        var length = MentionName.Write(parsed, shape.Start, mention.End, buffer, out var last);

        Assert.Equal(expected, buffer[..length].ToString());
        Assert.Equal(expected[(expected.LastIndexOf(' ') + 1)..], buffer[last..length].ToString());
    }
}
