using DigestBot.Postgres.Schema;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigestBot.Postgres.Tests;

/// <summary>Schema migrations on a fresh database per test: versioned, idempotent, safe when replicas start together.</summary>
public sealed class PostgresMigratorTests() : PostgresDatabaseTest(TimeSpan.FromSeconds(60))
{
    private static readonly string[] QuartzTables =
    [
        "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_cron_triggers",
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_paused_trigger_grps", "qrtz_paused_job_grps", "qrtz_fired_triggers",
        "qrtz_scheduler_state", "qrtz_locks", "qrtz_execution_history", "qrtz_misfire_history", "qrtz_job_status",
    ];

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryMigrationAndRecordsIt()
    {
        await using var services = PostgresStoreFixture.BuildServices(ConnectionString);
        var migrator = services.GetRequiredService<PostgresMigrator>();

        var applied = await migrator.MigrateAsync(Timeout);

        Assert.Equal(MigrationCatalog.All.Count, applied);
        Assert.Equal(MigrationCatalog.LatestVersion, await migrator.GetVersionAsync(Timeout));
        Assert.Equal(MigrationCatalog.All.Count, await ScalarAsync<long>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_AppliesNothing()
    {
        await using var services = PostgresStoreFixture.BuildServices(ConnectionString);
        var migrator = services.GetRequiredService<PostgresMigrator>();
        await migrator.MigrateAsync(Timeout);

        var again = await migrator.MigrateAsync(Timeout);

        Assert.Equal(0, again);
        Assert.Equal(MigrationCatalog.All.Count, await ScalarAsync<long>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_SixReplicasStartingAtOnce_ApplyEachMigrationExactlyOnce()
    {
        var replicas = Enumerable.Range(0, 6).Select(_ => PostgresStoreFixture.BuildServices(ConnectionString)).ToList();
        try
        {
            var applied = await Task.WhenAll(replicas.Select(r => Task.Run(() => r.GetRequiredService<PostgresMigrator>().MigrateAsync(Timeout))));

            Assert.Equal(MigrationCatalog.All.Count, applied.Sum());
            Assert.Equal(1, applied.Count(a => a > 0));
            Assert.Equal(MigrationCatalog.All.Count, await ScalarAsync<long>("SELECT count(DISTINCT version) FROM schema_version"));
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_CreatesQuartzJobStoreTables()
    {
        await using var services = PostgresStoreFixture.BuildServices(ConnectionString);

        await services.GetRequiredService<PostgresMigrator>().MigrateAsync(Timeout);

        foreach (var table in QuartzTables)
        {
            Assert.True(await ScalarAsync<bool>($"SELECT to_regclass('{table}') IS NOT NULL"), table + " was not created");
        }
    }

    [Fact]
    public async Task MigrateAsync_SchemaNewerThanTheApp_FailsNamingBothVersions()
    {
        await using var services = PostgresStoreFixture.BuildServices(ConnectionString);
        var migrator = services.GetRequiredService<PostgresMigrator>();
        await migrator.MigrateAsync(Timeout);
        await ScalarAsync<int>("INSERT INTO schema_version VALUES (999, 'from the future', now()) RETURNING version");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync(Timeout));

        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Contains(MigrationCatalog.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Timeout);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Timeout))!;
    }
}
