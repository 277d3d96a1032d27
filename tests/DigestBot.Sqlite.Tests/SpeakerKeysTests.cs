using Microsoft.Data.Sqlite;

namespace DigestBot.Sqlite.Tests;

public sealed class SpeakerKeysTests
{
    [Fact]
    public void For_NameAliasAndRole_FullNameEverySuffixAliasAndRoleLowerCased()
    {
        var keys = SpeakerKeys.For(["Maria de Vries"], [("Maria de Vries", ["De Vries", "the Dutch Minister"])]);

        Assert.Equal(
            new[] { "de vries", "maria de vries", "the dutch minister", "vries" },
            keys.Select(k => k.Key).Order(StringComparer.Ordinal));
        Assert.All(keys, k => Assert.Equal("Maria de Vries", k.Name));
    }

    [Theory]
    [InlineData("Kaja KALLAS")]
    [InlineData("ÉMILE Zola")]
    [InlineData("Straße İstanbul")]
    public async Task SqlLower_AnyText_SameAsSqliteLower(string text)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT lower($t);";
        command.Parameters.AddWithValue("$t", text);

        var expected = (string)(await command.ExecuteScalarAsync())!;

        Assert.Equal(expected, SpeakerKeys.SqlLower(text));
    }
}
