using DigestBot.Core.Answers;
using DigestBot.Core.People;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;
using Moq;

namespace DigestBot.Core.Tests.Answers;

public sealed class QuestionAnswererTests
{
    private static readonly ArticleSource Geneva = new("a1", "GENEVA", "seeds/geneva.txt");
    private static readonly PersonProfile Kallas = Profile("Kaja Kallas", 2, ["Kallas"], ["EU foreign policy chief"]);
    private static readonly PersonProfile Trump = Profile("Donald Trump", 1, ["Trump"], []);
    private static readonly PersonProfile Zelenskyy = Profile("Volodymyr Zelenskyy", 0, ["Zelenskyy"], []);

    private readonly Mock<IArticleStore> _store = new(MockBehavior.Strict);
    private readonly QuestionAnswerer _answerer;

    public QuestionAnswererTests()
    {
        _answerer = new QuestionAnswerer(_store.Object, new QuestionParser());
        _store.Setup(s => s.GetPeopleAsync(It.IsAny<CancellationToken>())).ReturnsAsync([Kallas, Trump, Zelenskyy]);
    }

    [Fact]
    public async Task AskAsync_WhatDidSurnameSay_ListsThatSpeakersStatementsUnderFullName()
    {
        _store.Setup(s => s.FindSpeakersAsync("Kallas", It.IsAny<CancellationToken>())).ReturnsAsync([Kallas]);
        _store.Setup(s => s.GetStatementsAsync("Kaja Kallas", null, QuestionAnswerer.MaxStatements, It.IsAny<CancellationToken>()))
            .ReturnsAsync([Stored("It is vital,", "Kaja Kallas", QuoteKind.Direct), Stored("talks matter", "Kaja Kallas", QuoteKind.Indirect)]);

        var answer = await _answerer.AskAsync("what did Kallas say?", CancellationToken.None);

        Assert.Equal((AnswerKind.Statements, "Kaja Kallas"), (answer.Kind, answer.Subject));
        Assert.Equal(["It is vital,", "talks matter"], answer.Statements.Select(s => s.Quote));
        Assert.All(answer.Statements, s => Assert.Equal(("Kaja Kallas", Geneva), (s.Speaker, s.Source)));
    }

    [Fact]
    public async Task AskAsync_StoreReturnsAnotherSpeakersQuote_NeverShowsItAsTheSubjects()
    {
        _store.Setup(s => s.FindSpeakersAsync("Kallas", It.IsAny<CancellationToken>())).ReturnsAsync([Kallas]);
        _store.Setup(s => s.GetStatementsAsync("Kaja Kallas", null, It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Stored("It is vital,", "Kaja Kallas", QuoteKind.Direct), Stored("get it done", "Donald Trump", QuoteKind.Direct)]);

        var answer = await _answerer.AskAsync("what did Kallas say?", CancellationToken.None);

        Assert.Equal("It is vital,", Assert.Single(answer.Statements).Quote);
    }

    [Fact]
    public async Task AskAsync_PersonOnlyMentioned_SaysNoStatementsWithCloseMatches()
    {
        _store.Setup(s => s.FindSpeakersAsync("Zelenskyy", It.IsAny<CancellationToken>())).ReturnsAsync([Zelenskyy]);

        var answer = await _answerer.AskAsync("what did Zelenskyy say?", CancellationToken.None);

        Assert.Equal((AnswerKind.NotFound, "Volodymyr Zelenskyy"), (answer.Kind, answer.Subject));
        Assert.Empty(answer.Statements);
        Assert.StartsWith("No statements found for Volodymyr Zelenskyy", answer.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Volodymyr Zelenskyy", answer.Suggestions);
        Assert.Contains("Kaja Kallas", answer.Suggestions);
    }

    [Fact]
    public async Task AskAsync_UnknownMisspeltName_SuggestsTheCloseSpeakerFirst()
    {
        _store.Setup(s => s.FindSpeakersAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var answer = await _answerer.AskAsync("what did Kalas say?", CancellationToken.None);

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Null(answer.Subject);
        Assert.Equal("Kaja Kallas", answer.Suggestions[0]);
    }

    [Fact]
    public async Task AskAsync_TitleAndSurname_FallsBackToSurname()
    {
        _store.Setup(s => s.FindSpeakersAsync("President Trump", It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _store.Setup(s => s.FindSpeakersAsync("Trump", It.IsAny<CancellationToken>())).ReturnsAsync([Trump]);
        _store.Setup(s => s.GetStatementsAsync("Donald Trump", "Ukraine", It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Stored("Ukraine must decide", "Donald Trump", QuoteKind.Indirect)]);

        var answer = await _answerer.AskAsync("what did President Trump say about Ukraine?", CancellationToken.None);

        Assert.Equal("Donald Trump", answer.Subject);
        Assert.Equal(QuoteKind.Indirect, Assert.Single(answer.Statements).Kind);
    }

    [Fact]
    public async Task AskAsync_TwoQuotedPeopleMatch_AsksWhichOneInsteadOfMixingThem()
    {
        var melania = Profile("Melania Trump", 1, ["Trump"], []);
        _store.Setup(s => s.FindSpeakersAsync("Trump", It.IsAny<CancellationToken>())).ReturnsAsync([Trump, melania]);

        var answer = await _answerer.AskAsync("what did Trump say?", CancellationToken.None);

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Equal(["Donald Trump", "Melania Trump"], answer.Suggestions);
        Assert.Empty(answer.Statements);
    }

    [Fact]
    public async Task AskAsync_WhoSaidPhrase_NamesTheSpeaker()
    {
        _store.Setup(s => s.SearchQuotesAsync("vital", It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Stored("It is vital,", "Kaja Kallas", QuoteKind.Direct)]);

        var answer = await _answerer.AskAsync("who said \"vital\"?", CancellationToken.None);

        Assert.Equal((AnswerKind.WhoSaid, "Kaja Kallas"), (answer.Kind, answer.Subject));
        Assert.Single(answer.Statements);
    }

    [Fact]
    public async Task AskAsync_WhoIs_DescribesRolesAndCounts()
    {
        _store.Setup(s => s.FindSpeakersAsync("Kallas", It.IsAny<CancellationToken>())).ReturnsAsync([Kallas]);

        var answer = await _answerer.AskAsync("who is Kallas?", CancellationToken.None);

        Assert.Equal((AnswerKind.WhoIs, "Kaja Kallas"), (answer.Kind, answer.Subject));
        Assert.Contains("EU foreign policy chief", answer.Message, StringComparison.Ordinal);
        Assert.Contains("2 statements", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_OtherText_FallsBackToSearchWithCitedSnippets()
    {
        _store.Setup(s => s.SearchArticlesAsync("sanctions package", It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new SearchHit(Geneva, "…a 19th Russia sanctions package…")]);

        var answer = await _answerer.AskAsync("sanctions package", CancellationToken.None);

        Assert.Equal(AnswerKind.Search, answer.Kind);
        Assert.Equal(Geneva, Assert.Single(answer.Hits).Source);
    }

    [Fact]
    public async Task SuggestSpeakersAsync_Prefix_ReturnsQuotedSpeakersOnly()
    {
        var names = await _answerer.SuggestSpeakersAsync("z", 5, CancellationToken.None);

        Assert.Empty(names);
        Assert.Equal(["Kaja Kallas"], await _answerer.SuggestSpeakersAsync("kal", 5, CancellationToken.None));
    }

    private static PersonProfile Profile(string name, int statements, string[] aliases, string[] roles) =>
        new(new Person(name, EntityKind.Person, aliases, roles), statements, 1);

    private static StoredQuote Stored(string text, string speaker, QuoteKind kind) =>
        new(new Quote(text, speaker, kind, 0, text.Length, "said"), Geneva);
}
