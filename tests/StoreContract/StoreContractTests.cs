using DigestBot.Core.Storage;

namespace DigestBot.StoreContract;

/// <summary>What every contract test class shares: a fresh empty store per test, a time bound, and the sample articles.</summary>
public abstract class StoreContractTests<TFixture>(TFixture fixture) : IAsyncLifetime
    where TFixture : IStoreFixture
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));
    private IArticleStore? _store;

    /// <summary>The fixture the store came from.</summary>
    protected TFixture Fixture { get; } = fixture;

    /// <summary>The store under test, empty when the test starts.</summary>
    protected IArticleStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>Cancelled after 60 s, so a hung server fails the test instead of the run.</summary>
    protected CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync() => _store = await Fixture.CreateEmptyStoreAsync(Ct);

    public Task DisposeAsync()
    {
        _timeout.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stores the three sample articles.</summary>
    protected async Task StoreSamplesAsync()
    {
        foreach (var article in StoreSamples.All)
        {
            Assert.Equal(UpsertOutcome.Added, await Store.UpsertAsync(article, Ct));
        }
    }
}
