using DigestBot.Sqlite.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Sqlite;

/// <summary>Opens connections to the database file, creating it and applying migrations on first use.</summary>
internal sealed partial class SqliteDatabase(IOptions<SqliteStoreOptions> options, TimeProvider timeProvider, ILogger<SqliteDatabase> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private string? _connectionString;

    /// <summary>The full path of the database file.</summary>
    public string FilePath => System.IO.Path.GetFullPath(options.Value.Path);

    /// <summary>Opens a connection with foreign keys on; the first call creates the file, turns on WAL and migrates.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connectionString = _connectionString ?? await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _initGate.Dispose();

    private async Task<string> InitializeAsync(CancellationToken cancellationToken)
    {
        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_connectionString is not null)
            {
                return _connectionString;
            }

            var path = FilePath;
            var directory = System.IO.Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                ForeignKeys = true,
                DefaultTimeout = options.Value.BusyTimeoutSeconds,
                Pooling = true,
            }.ToString();

            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var applied = await SchemaMigrator.MigrateAsync(connection, timeProvider, cancellationToken).ConfigureAwait(false);
            if (applied > 0)
            {
                LogMigrated(logger, path, applied);
            }

            _connectionString = connectionString;
            return connectionString;
        }
        finally
        {
            _initGate.Release();
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Database {Path}: applied {Count} schema migrations")]
    private static partial void LogMigrated(ILogger logger, string path, int count);
}
