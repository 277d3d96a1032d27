using DigestBot.Core.Sources;
using DigestBot.Postgres.Schema;
using DigestBot.StoreContract;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Postgres.Tests;

/// <summary>The source store contract's PostgreSQL side: one fresh database per test class, emptied before each test.</summary>
public sealed class PostgresSourceStoreFixture : PostgresDatabaseFixture, ISourceStoreFixture
{
    public async Task<ISourceStore> CreateEmptySourceStoreAsync(CancellationToken cancellationToken)
    {
        var services = Open();
        await services.GetRequiredService<PostgresMigrator>().EnsureMigratedAsync(cancellationToken);
        await TruncateAsync("feed_sources, feed_state", cancellationToken);
        return services.GetRequiredService<ISourceStore>();
    }

    // A new service provider is a new pool and a new migrator, as another process would have.
    public Task<ISourceStore> ReopenSourceStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Open().GetRequiredService<ISourceStore>());

    private ServiceProvider Open() => Own(PostgresStoreFixture.BuildServices(ConnectionString));
}
