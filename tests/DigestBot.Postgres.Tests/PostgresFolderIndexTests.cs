using DigestBot.StoreContract;

namespace DigestBot.Postgres.Tests;

/// <summary>The folder-scan contract (articles from elsewhere survive a scan) on a real PostgreSQL database.</summary>
public sealed class PostgresFolderIndexTests(PostgresStoreFixture fixture)
    : FolderIndexContract<PostgresStoreFixture>(fixture), IClassFixture<PostgresStoreFixture>;
