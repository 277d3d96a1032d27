using Quartz;

namespace DigestBot.Host.Digests;

/// <summary>
/// Quartz's job store: in memory with SQLite (one process, subscriptions rebuilt from the database at start), the
/// clustered ADO.NET store on PostgreSQL, so that every replica shares the triggers and each fire runs on one of them.
/// </summary>
internal static class QuartzClustering
{
    /// <summary>The scheduler name every replica shares; Quartz clusters the schedulers of one name on one database.</summary>
    public const string SchedulerName = "DigestBot";

    /// <summary>How often a replica records in qrtz_scheduler_state that it is alive.</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(5);

    /// <summary>How long past a missed check-in the others wait before taking over a dead replica's firings.</summary>
    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(15);

    /// <summary>Configures the scheduler for <c>Storage:Provider</c>.</summary>
    public static void Configure(IQuartzBuilder quartz, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        var connectionString = configuration.GetConnectionString("Postgres");

        // Without a connection string the PostgreSQL options validation stops the start, naming ConnectionStrings:Postgres.
        if (!Hosting.StorageRegistration.IsPostgres(configuration) || string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = SchedulerName;

            // AUTO: host name plus start time, unique per replica and per restart.
            scheduler.GenerateInstanceId = true;
        });
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = CheckinInterval;
                cluster.CheckinMisfireThreshold = CheckinMisfireThreshold;
            });
            store.UseSystemTextJsonSerializer();

            // The qrtz_ tables come from our migration 0002; Quartz only checks them, it never creates them.
            store.ConfigureStore(options => options.StoreJobDataAsStrings = true);
        });
    }
}
