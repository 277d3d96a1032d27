using Microsoft.Data.Sqlite;

namespace DigestBot.Host.Hosting;

/// <summary>On shutdown, after the other hosted services stopped, closes pooled SQLite connections so the WAL is checkpointed into the file.</summary>
/// <remarks>Registered before the other hosted services: the host stops them in reverse order, so this one stops last.</remarks>
internal sealed partial class DatabaseFlushService(ILogger<DatabaseFlushService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        LogFlushed(logger);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Database connections closed; shutdown complete")]
    private static partial void LogFlushed(ILogger logger);
}
