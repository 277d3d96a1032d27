namespace DigestBot.StoreContract;

/// <summary>Real digest stores for the contract tests: a SQLite temp file or a PostgreSQL database made for the run.</summary>
public interface IDigestStoreFixture
{
    /// <summary>A migrated database with no subscriptions and no outbox rows, and its stores as one process has them.</summary>
    Task<DigestStores> CreateEmptyAsync(CancellationToken cancellationToken);

    /// <summary>Stores on the database last created, with their own connections, as a second replica has them.</summary>
    Task<DigestStores> OpenAnotherAsync(CancellationToken cancellationToken);
}
