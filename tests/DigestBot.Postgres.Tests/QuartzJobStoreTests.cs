using System.Collections.Concurrent;
using DigestBot.Postgres.Schema;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace DigestBot.Postgres.Tests;

/// <summary>A clustered Quartz scheduler runs a job on the qrtz_ tables made by the migrations, with no schema of its own.</summary>
public sealed class QuartzJobStoreTests() : PostgresDatabaseTest(TimeSpan.FromSeconds(60))
{
    [Fact]
    public async Task ClusteredScheduler_OnMigratedDatabase_StoresAndRunsAJob()
    {
        await using (var services = PostgresStoreFixture.BuildServices(ConnectionString))
        {
            await services.GetRequiredService<PostgresMigrator>().MigrateAsync(Timeout);
        }

        var run = Guid.NewGuid().ToString("N");
        var fired = SignalJob.Expect(run);
        var scheduler = await QuartzSchedulerBuilder.Create(quartz =>
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(ConnectionString);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering();
                });
            })
            .UseProperties(new Dictionary<string, string?>
            {
                ["quartz.scheduler.instanceName"] = "digestbot-test-" + run,
                ["quartz.scheduler.instanceId"] = "node-1",

                // Check the tables and columns Quartz needs before it starts, rather than on first use.
                ["quartz.jobStore.performSchemaValidation"] = "true",
            })
            .BuildScheduler(Timeout);
        try
        {
            await scheduler.Start(Timeout);
            // Durable: Quartz deletes a non-durable job once its only trigger has fired, which raced the count below.
            var job = JobBuilder.Create<SignalJob>().WithIdentity("signal", "tests").UsingJobData(SignalJob.RunKey, run).StoreDurably().Build();
            var trigger = TriggerBuilder.Create().WithIdentity("now", "tests").StartNow().Build();

            await scheduler.ScheduleJob(job, trigger, cancellationToken: Timeout);

            var ranAt = await fired.Task.WaitAsync(Timeout);
            Assert.True(ranAt <= DateTimeOffset.UtcNow);
            Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM qrtz_job_details WHERE job_name = 'signal'"));
            Assert.True(await ScalarAsync<long>("SELECT count(*) FROM qrtz_scheduler_state") >= 1, "the clustered node did not check in");
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
            SignalJob.Forget(run);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Timeout);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Timeout))!;
    }

    /// <summary>Completes the waiting test's task when Quartz runs it.</summary>
    public sealed class SignalJob : IJob
    {
        public const string RunKey = "run";

        private static readonly ConcurrentDictionary<string, TaskCompletionSource<DateTimeOffset>> Waiting = new();

        public static TaskCompletionSource<DateTimeOffset> Expect(string run) =>
            Waiting.GetOrAdd(run, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

        public static void Forget(string run) => Waiting.TryRemove(run, out _);

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (Waiting.TryGetValue(context.MergedJobDataMap.GetString(RunKey) ?? "", out var waiting))
            {
                waiting.TrySetResult(context.FireTimeUtc);
            }

            return ValueTask.CompletedTask;
        }
    }
}
