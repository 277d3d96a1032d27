using DigestBot.Core.Storage;

namespace DigestBot.StoreContract;

/// <summary>A real store for the contract tests: a SQLite temp file or a PostgreSQL database made for the run.</summary>
public interface IStoreFixture
{
    /// <summary>A migrated store holding no articles.</summary>
    Task<IArticleStore> CreateEmptyStoreAsync(CancellationToken cancellationToken);

    /// <summary>Runs the store's migrations again on the store last created; returns how many were applied.</summary>
    Task<int> ApplyMigrationsAgainAsync(CancellationToken cancellationToken);
}
