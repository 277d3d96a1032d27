using DigestBot.Core.Sources;

namespace DigestBot.StoreContract;

/// <summary>A real source store for the contract tests: a SQLite temp file or a PostgreSQL database made for the run.</summary>
public interface ISourceStoreFixture
{
    /// <summary>A migrated source store holding no sources and no feed state.</summary>
    Task<ISourceStore> CreateEmptySourceStoreAsync(CancellationToken cancellationToken);

    /// <summary>A second store on the same database, as a restarted process or another replica would open it.</summary>
    Task<ISourceStore> ReopenSourceStoreAsync(CancellationToken cancellationToken);
}
