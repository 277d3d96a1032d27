using DigestBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static DigestBot.StoreContract.StoreSamples;

namespace DigestBot.Postgres.Tests;

/// <summary>Migration 0007's saved speaker profiles: used by the speaker path, and current when writers race the rebuild.</summary>
public sealed class PersonProfilesTests() : PostgresDatabaseTest(TimeSpan.FromSeconds(90))
{
    [Fact]
    public async Task FindSpeakersAsync_FirstQuestion_SavesTheProfileAndClearsItsChanges()
    {
        await using var services = PostgresStoreFixture.BuildServices(ConnectionString);
        var store = services.GetRequiredService<IArticleStore>();
        await StoreAllAsync(store);
        var changesBefore = await ScalarAsync("SELECT count(*) FROM person_profile_changes WHERE name_key = 'kaja kallas'");

        var found = Assert.Single(await store.FindSpeakersAsync("Kallas", Timeout));

        Assert.True(changesBefore > 0);
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM person_profile_changes WHERE name_key = 'kaja kallas'"));
        Assert.Equal(found.StatementCount, await ScalarAsync("SELECT statements FROM person_profiles WHERE name_key = 'kaja kallas'"));
    }

    [Fact]
    public async Task FindSpeakersAsync_WritersRacingTheRebuild_NextQuestionSeesTheLastWrite()
    {
        await using var writer = PostgresStoreFixture.BuildServices(ConnectionString);
        await using var reader = PostgresStoreFixture.BuildServices(ConnectionString);
        var writes = writer.GetRequiredService<IArticleStore>();
        var reads = reader.GetRequiredService<IArticleStore>();
        await StoreAllAsync(writes);

        var mismatches = new List<string>();
        for (var round = 0; round < 20; round++)
        {
            var version = round % 2 == 0 ? EuCorrected : Eu;
            await Task.WhenAll(
                writes.UpsertAsync(version, Timeout),
                reads.FindSpeakersAsync("Kallas", Timeout),
                reads.FindSpeakersAsync("Kaja Kallas", Timeout));
            var expected = version == Eu ? 3 : 2;
            var actual = Assert.Single(await reads.FindSpeakersAsync("Kallas", Timeout)).StatementCount;
            if (actual != expected)
            {
                mismatches.Add($"round {round}: {actual} statements, expected {expected}");
            }
        }

        Assert.Empty(mismatches);
    }

    private async Task StoreAllAsync(IArticleStore store)
    {
        foreach (var article in All)
        {
            await store.UpsertAsync(article, Timeout);
        }
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Timeout);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Timeout), System.Globalization.CultureInfo.InvariantCulture);
    }
}
