namespace DigestBot.StoreContract;

/// <summary>
/// What every contract test class shares: the stores under test, made fresh for each test by the fixture (a SQLite
/// temp file or a PostgreSQL database made for the run), and a 60 s bound so a hung server fails the test, not the run.
/// </summary>
/// <typeparam name="TFixture">The store's fixture.</typeparam>
/// <typeparam name="TStores">What one test works on: a store, or several stores on one database.</typeparam>
public abstract class ContractTests<TFixture, TStores>(TFixture fixture) : IAsyncLifetime
    where TStores : notnull
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));
    private TStores? _stores;
    private bool _created;

    /// <summary>The fixture the stores came from.</summary>
    protected TFixture Fixture { get; } = fixture;

    /// <summary>The stores under test, empty when the test starts.</summary>
    protected TStores Stores => _created ? _stores! : throw new InvalidOperationException("The stores are created in InitializeAsync.");

    /// <summary>Cancelled after 60 s.</summary>
    protected CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        _stores = await CreateEmptyAsync(Fixture, Ct);
        _created = true;
    }

    public Task DisposeAsync()
    {
        _timeout.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Asks <paramref name="fixture"/> for empty stores for one test.</summary>
    protected abstract Task<TStores> CreateEmptyAsync(TFixture fixture, CancellationToken cancellationToken);
}
