using DigestBot.Core.Digests;
using Npgsql;

namespace DigestBot.Postgres.Tests;

/// <summary>A replica killed while holding a delivery claim loses it with its connection, so a survivor can post the row.</summary>
public sealed class PostgresOutboxClaimTests(PostgresDigestStoreFixture fixture) : IClassFixture<PostgresDigestStoreFixture>
{
    [Fact]
    public async Task TryClaimAsync_HoldersConnectionTerminated_ClaimPassesToTheOther()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var dying = await fixture.CreateEmptyAsync(timeout.Token);
        var survivor = await fixture.OpenAnotherAsync(timeout.Token);
        var key = OutboxEntry.KeyFor(3, new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero));
        var held = await dying.Outbox.TryClaimAsync(key, timeout.Token);
        Assert.NotNull(held);
        Assert.Null(await survivor.Outbox.TryClaimAsync(key, timeout.Token));

        // What kill -9 does to the holder's session: the server ends it.
        await TerminateClaimHoldersAsync(key, timeout.Token);

        // pg_terminate_backend only signals the session; its locks go when it has exited, a moment later.
        OutboxClaim? taken = null;
        for (var tries = 0; taken is null && tries < 50; tries++)
        {
            taken = await survivor.Outbox.TryClaimAsync(key, timeout.Token) ?? await Pause(timeout.Token);
        }

        Assert.NotNull(taken);
        await taken.DisposeAsync();
    }

    private static async Task<OutboxClaim?> Pause(CancellationToken cancellationToken)
    {
        await Task.Delay(100, cancellationToken);
        return null;
    }

    private async Task TerminateClaimHoldersAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT count(pg_terminate_backend(l.pid)) FROM pg_locks l
            WHERE l.locktype = 'advisory' AND l.granted
              AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended($1, 0)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = "digest_outbox:" + key });
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync(cancellationToken))!);
    }
}
