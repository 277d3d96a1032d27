using DigestBot.Core.Subscriptions;

namespace DigestBot.Core.Tests.Subscriptions;

public sealed class TimeZoneResolverTests
{
    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/New_York")]
    [InlineData("UTC")]
    public void TryResolve_IanaName_Resolves(string name)
    {
        var ok = TimeZoneResolver.TryResolve(name, out var zone, out var error);

        Assert.True(ok, error);
        Assert.NotNull(zone);
    }

    [Theory]
    [InlineData("Europe/Berln", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("Berlin", "Europe/Berlin")]
    [InlineData("America/New York", "America/New_York")]
    public void TryResolve_CloseName_FailsSuggestingTheRightOne(string name, string suggestion)
    {
        var ok = TimeZoneResolver.TryResolve(name, out _, out var error);

        Assert.False(ok);
        Assert.Contains($"'{name}'", error, StringComparison.Ordinal);
        Assert.Contains(suggestion, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_Nonsense_FailsWithExample()
    {
        var ok = TimeZoneResolver.TryResolve("Qqqqqqqq/Zzzzzzzz", out _, out var error);

        Assert.False(ok);
        Assert.Contains("Europe/Berlin", error, StringComparison.Ordinal);
    }
}
