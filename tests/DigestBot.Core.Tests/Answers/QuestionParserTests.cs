using DigestBot.Core.Answers;

namespace DigestBot.Core.Tests.Answers;

public sealed class QuestionParserTests
{
    private readonly QuestionParser _parser = new();

    [Theory]
    [InlineData("what did Kallas say?", "Kallas", null)]
    [InlineData("What did Kaja Kallas say", "Kaja Kallas", null)]
    [InlineData("  what   did kallas   say ?? ", "kallas", null)]
    [InlineData("what has Trump said?", "Trump", null)]
    [InlineData("what did Trump say about Ukraine?", "Trump", "Ukraine")]
    [InlineData("what did the EU foreign policy chief say about the sanctions package?", "EU foreign policy chief", "the sanctions package")]
    [InlineData("What Putin said", "Putin", null)]
    [InlineData("quotes from Putin", "Putin", null)]
    [InlineData("statements by Kallas about \"security\"", "Kallas", "security")]
    [InlineData("what did Kallas's spokesperson say", "Kallas's spokesperson", null)]
    public void Parse_StatementQuestions_ReturnsSpeakerAndTopic(string question, string speaker, string? topic)
    {
        var parsed = _parser.Parse(question);

        Assert.Equal(new ParsedQuestion(QuestionKind.Statements, speaker, topic), parsed);
    }

    [Theory]
    [InlineData("who said \"no intention of ending\"?", "no intention of ending")]
    [InlineData("Who said “vital”", "vital")]
    [InlineData("who said: the U.S. holds the power", "the U.S. holds the power")]
    public void Parse_WhoSaid_ReturnsPhraseWithoutQuotationMarks(string question, string phrase)
    {
        var parsed = _parser.Parse(question);

        Assert.Equal(new ParsedQuestion(QuestionKind.WhoSaid, phrase), parsed);
    }

    [Theory]
    [InlineData("who is Kallas?", "Kallas")]
    [InlineData("Who's Vladimir Putin", "Vladimir Putin")]
    [InlineData("who is the EU foreign policy chief", "EU foreign policy chief")]
    public void Parse_WhoIs_ReturnsName(string question, string name)
    {
        var parsed = _parser.Parse(question);

        Assert.Equal(new ParsedQuestion(QuestionKind.WhoIs, name), parsed);
    }

    [Theory]
    [InlineData("sanctions package", "sanctions package")]
    [InlineData("what happened in Alaska?", "what happened in Alaska")]
    [InlineData("", "")]
    [InlineData("what did say?", "what did say")]
    public void Parse_AnythingElse_IsASearch(string question, string terms)
    {
        var parsed = _parser.Parse(question);

        Assert.Equal(new ParsedQuestion(QuestionKind.Search, terms), parsed);
    }
}
