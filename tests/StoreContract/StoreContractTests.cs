using DigestBot.Core.Storage;

namespace DigestBot.StoreContract;

/// <summary>What every article store contract test class shares: a fresh empty store per test, a time bound, and the sample articles.</summary>
public abstract class StoreContractTests<TFixture>(TFixture fixture) : ContractTests<TFixture, IArticleStore>(fixture)
    where TFixture : IStoreFixture
{
    /// <summary>The store under test, empty when the test starts.</summary>
    protected IArticleStore Store => Stores;

    /// <summary>Stores the three sample articles.</summary>
    protected async Task StoreSamplesAsync()
    {
        foreach (var article in StoreSamples.All)
        {
            Assert.Equal(UpsertOutcome.Added, await Store.UpsertAsync(article, Ct));
        }
    }

    protected override Task<IArticleStore> CreateEmptyAsync(TFixture fixture, CancellationToken cancellationToken) =>
        fixture.CreateEmptyStoreAsync(cancellationToken);
}
