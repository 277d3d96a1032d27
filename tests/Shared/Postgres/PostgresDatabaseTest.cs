namespace DigestBot.Testing;

/// <summary>A test class with its own fresh PostgreSQL database per test and a time bound for the whole test.</summary>
/// <param name="timeout">How long one test may take, setup included, before <see cref="Timeout"/> is cancelled.</param>
public abstract class PostgresDatabaseTest(TimeSpan timeout) : PostgresDatabaseFixture
{
    private readonly CancellationTokenSource _timeout = new(timeout);

    /// <summary>Cancelled when the test's time is up.</summary>
    protected CancellationToken Timeout => _timeout.Token;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _timeout.Dispose();
    }
}
