using DigestBot.Postgres;
using DigestBot.Postgres.Digests;
using DigestBot.Sqlite;
using DigestBot.Sqlite.Digests;

namespace DigestBot.Host.Hosting;

/// <summary>Picks the stores from <c>Storage:Provider</c>: Sqlite (the default, one container) or Postgres (replicas, large archives).</summary>
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
        return IsPostgres(configuration) ? services.AddPostgresStore(configuration) : services.AddSqliteStore(configuration);
    }

    /// <summary>Registers the digest subscriptions and delivery outbox on the same store as the articles.</summary>
    public static IServiceCollection AddDigestStores(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        return IsPostgres(configuration) ? services.AddPostgresDigests(configuration) : services.AddSqliteDigests(configuration);
    }

    /// <summary>True for <c>Storage:Provider</c> = Postgres; false for Sqlite or unset; throws naming the key for anything else.</summary>
    public static bool IsPostgres(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[ProviderKey]?.Trim();
        if (string.IsNullOrEmpty(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw new InvalidOperationException($"{ProviderKey} is \"{provider}\"; it must be Sqlite (the default) or Postgres.");
    }
}
