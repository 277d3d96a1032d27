using DigestBot.Core.Articles;
using DigestBot.Core.People;
using DigestBot.Core.Quotes;
using DigestBot.Core.Storage;

namespace DigestBot.Sqlite.Tests;

/// <summary>The saved per-name profiles behind speaker questions must follow every write and removal.</summary>
public sealed class ProfileSummariesTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task FindSpeakersAsync_AskedTwice_SecondReadsTheSavedProfile()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);

        var first = await _db.Store.FindSpeakersAsync("Kallas", CancellationToken.None);
        var dirtyAfterFirst = await DirtyAsync("Kaja Kallas");
        var second = await _db.Store.FindSpeakersAsync("Kallas", CancellationToken.None);

        Assert.Equal(0L, dirtyAfterFirst);
        Assert.Equal(first[0], second[0], ProfileComparer.Instance);
        Assert.Equal((2, 1), (second[0].StatementCount, second[0].ArticleCount));
    }

    [Fact]
    public async Task FindSpeakersAsync_AnotherArticleAddedThenRemoved_CountsAndAliasesFollow()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);
        await _db.Store.FindSpeakersAsync("Kallas", CancellationToken.None);

        await _db.Store.UpsertAsync(Brussels(), CancellationToken.None);
        var afterAdd = (await _db.Store.FindSpeakersAsync("Kallas", CancellationToken.None))[0];
        await _db.Store.RemoveAsync(["seeds/brussels.txt"], CancellationToken.None);
        var afterRemove = (await _db.Store.FindSpeakersAsync("Kallas", CancellationToken.None))[0];

        Assert.Equal((3, 2), (afterAdd.StatementCount, afterAdd.ArticleCount));
        Assert.Contains("High Representative", afterAdd.Person.Roles);
        Assert.Equal((2, 1), (afterRemove.StatementCount, afterRemove.ArticleCount));
        Assert.DoesNotContain("High Representative", afterRemove.Person.Roles);
    }

    [Fact]
    public async Task FindSpeakersAsync_OnlyArticleRemoved_NoProfileLeft()
    {
        await _db.Store.UpsertAsync(TestArticles.Geneva(), CancellationToken.None);
        await _db.Store.FindSpeakersAsync("Kallas", CancellationToken.None);

        await _db.Store.RemoveAsync(["seeds/geneva.txt"], CancellationToken.None);
        var found = await _db.Store.FindSpeakersAsync("Kallas", CancellationToken.None);

        Assert.Empty(found);
    }

    private static AnalysedArticle Brussels()
    {
        const string text = "BRUSSELS\n\"The package is ready,\" Kaja Kallas said.";
        var start = text.IndexOf("The package", StringComparison.Ordinal);
        var quote = new Quote("The package is ready,", "Kaja Kallas", QuoteKind.Direct, start, start + 21, "said");
        var people = new List<Person> { new("Kaja Kallas", EntityKind.Person, ["Kallas"], ["High Representative"]) };
        const string source = "seeds/brussels.txt";
        var article = new Article(ArticleParser.IdFor(source), source, "BRUSSELS", null, text, ArticleParser.HashOf(text), null, TestArticles.IndexedAt);
        return new AnalysedArticle(article, [new TextSpan(9, text.Length)], new ArticleAnalysis([quote], people));
    }

    private async Task<object?> DirtyAsync(string name)
    {
        await using var connection = await _db.Database.OpenAsync(CancellationToken.None);
        return await Sql.ScalarAsync(connection, null, "SELECT dirty FROM person_profiles WHERE name = $name;", CancellationToken.None, ("$name", name));
    }

    private sealed class ProfileComparer : IEqualityComparer<PersonProfile>
    {
        public static readonly ProfileComparer Instance = new();

        public bool Equals(PersonProfile? x, PersonProfile? y) =>
            x is not null && y is not null && x.Person.Name == y.Person.Name && x.Person.Kind == y.Person.Kind
            && x.Person.Aliases.SequenceEqual(y.Person.Aliases) && x.Person.Roles.SequenceEqual(y.Person.Roles)
            && x.StatementCount == y.StatementCount && x.ArticleCount == y.ArticleCount;

        public int GetHashCode(PersonProfile obj) => obj.Person.Name.GetHashCode(StringComparison.Ordinal);
    }
}
