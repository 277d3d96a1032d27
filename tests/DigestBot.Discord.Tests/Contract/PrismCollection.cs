namespace DigestBot.Discord.Tests.Contract;

/// <summary>Shares one Prism process between the contract test classes.</summary>
[CollectionDefinition(Name)]
public sealed class PrismCollection : ICollectionFixture<PrismFixture>
{
    public const string Name = "prism";
}
