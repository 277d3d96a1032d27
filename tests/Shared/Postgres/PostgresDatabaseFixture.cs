using Npgsql;

namespace DigestBot.Testing;

/// <summary>
/// A fresh PostgreSQL database for one test class (or one test): created on the shared test server in
/// InitializeAsync, dropped in DisposeAsync after the service providers it was handed are disposed.
/// </summary>
public abstract class PostgresDatabaseFixture : IAsyncLifetime
{
    private static readonly TimeSpan SetupTimeout = TimeSpan.FromSeconds(30);
    private readonly List<IAsyncDisposable> _owned = [];
    private string? _connectionString;

    /// <summary>The test database's connection string.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public virtual async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(SetupTimeout);
        _connectionString = await PostgresTestServer.CreateDatabaseAsync(timeout.Token);
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            using var timeout = new CancellationTokenSource(SetupTimeout);
            await PostgresTestServer.DropDatabaseAsync(_connectionString, timeout.Token);
        }
    }

    /// <summary>Disposes <paramref name="disposable"/> (a service provider, a pool) before the database is dropped.</summary>
    protected T Own<T>(T disposable)
        where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    /// <summary>Empties <paramref name="tables"/> ("a, b"; the caller's constants, never user input) between tests.</summary>
    protected async Task TruncateAsync(string tables, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
#pragma warning disable CA2100 // The table names are constants of the fixtures.
        await using var truncate = new NpgsqlCommand("TRUNCATE " + tables, connection);
#pragma warning restore CA2100
        await truncate.ExecuteNonQueryAsync(cancellationToken);
    }
}
