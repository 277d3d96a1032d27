using Microsoft.Extensions.Hosting;

namespace DigestBot.Postgres.Schema;

/// <summary>Migrates the schema when the host starts, so a bad connection string or an unreachable server fails the start.</summary>
internal sealed class SchemaInitializer(PostgresMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.EnsureMigratedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
