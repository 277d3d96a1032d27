using DigestBot.Core.Coordination;
using DigestBot.Core.Storage;
using DigestBot.Postgres.Coordination;
using DigestBot.Postgres.Schema;
using DigestBot.Postgres.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.Postgres;

/// <summary>Registers the PostgreSQL article store.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IArticleStore"/> on PostgreSQL, connecting with <c>ConnectionStrings:Postgres</c> (validated on start)
    /// and applying the schema migrations under an advisory lock when the host starts or on first use.
    /// </summary>
    public static IServiceCollection AddPostgresStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<PostgresOptions>()
            .Configure(o => o.ConnectionString = configuration.GetConnectionString("Postgres"))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresOptions>, PostgresOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<PostgresMigrator>();
        services.TryAddSingleton<PostgresArticleStore>();
        services.TryAddSingleton<IArticleStore>(sp => sp.GetRequiredService<PostgresArticleStore>());
        services.TryAddSingleton<IEventLedger, PostgresEventLedger>();
        services.TryAddSingleton<ILeaseStore, PostgresLeaseStore>();
        services.TryAddSingleton<DigestBot.Core.Sources.ISourceStore, Sources.PostgresSourceStore>();
        services.AddHostedService<SchemaInitializer>();
        return services;
    }
}
