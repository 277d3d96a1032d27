using Microsoft.Extensions.Options;
using Npgsql;

namespace DigestBot.Postgres;

/// <summary>The store's pooled connections to PostgreSQL, created on first use from the validated options.</summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly Lazy<NpgsqlDataSource> _dataSource;

    public PostgresDatabase(IOptions<PostgresOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dataSource = new(() => NpgsqlDataSource.Create(options.Value.ConnectionString!));
    }

    /// <summary>Opens a pooled connection.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        _dataSource.Value.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() =>
        _dataSource.IsValueCreated ? _dataSource.Value.DisposeAsync() : ValueTask.CompletedTask;
}
