using DigestBot.Postgres;
using DigestBot.Sqlite;

namespace DigestBot.Host.Hosting;

/// <summary>Picks the article store from <c>Storage:Provider</c>: Sqlite (the default, one container) or Postgres (replicas, large archives).</summary>
internal static class StorageRegistration
{
    /// <summary>The configuration key naming the store.</summary>
    public const string ProviderKey = "Storage:Provider";

    /// <summary>
    /// Registers the configured store. An unknown provider fails here, at start, naming the key and the choices;
    /// each store validates its own settings on start (<c>Storage:Sqlite:Path</c>, <c>ConnectionStrings:Postgres</c>).
    /// </summary>
    public static IServiceCollection AddArticleStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var provider = configuration[ProviderKey]?.Trim();
        if (string.IsNullOrEmpty(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return services.AddSqliteStore(configuration);
        }

        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            return services.AddPostgresStore(configuration);
        }

        throw new InvalidOperationException($"{ProviderKey} is \"{provider}\"; it must be Sqlite (the default) or Postgres.");
    }
}
