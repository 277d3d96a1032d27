using DigestBot.Core.Coordination;
using DigestBot.Core.Storage;
using DigestBot.Sqlite.Coordination;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigestBot.Sqlite;

/// <summary>Registers the SQLite article store.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IArticleStore"/> (and the feed source store) backed by the SQLite file named by "Storage:Sqlite:Path" (default data/digestbot.db).</summary>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SqliteStoreOptions>()
            .Configure(o => configuration.GetSection(SqliteStoreOptions.SectionName).Bind(o))
            .ValidateDataAnnotations()
            .Validate(o => o.Path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) < 0, "Storage:Sqlite:Path contains characters that are not allowed in a path.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<IArticleStore, SqliteArticleStore>();
        services.TryAddSingleton<IEventLedger, SqliteEventLedger>();
        services.TryAddSingleton<ILeaseStore, SqliteLeaseStore>();
        services.TryAddSingleton<DigestBot.Core.Sources.ISourceStore, Sources.SqliteSourceStore>();
        return services;
    }
}
