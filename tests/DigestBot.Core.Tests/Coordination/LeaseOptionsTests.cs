using DigestBot.Core.Coordination;

namespace DigestBot.Core.Tests.Coordination;

public sealed class LeaseOptionsTests
{
    [Fact]
    public void Problem_Defaults_None()
    {
        var options = new LeaseOptions();

        var problem = options.Problem();

        Assert.Null(problem);
        Assert.True(options.LeaseTtl + options.RetryEvery <= TimeSpan.FromSeconds(30), "a dead holder must be replaced within 30 s");
    }

    [Fact]
    public void Problem_RenewalSlowerThanHalfTheLifetime_NamesTheKey()
    {
        var options = new LeaseOptions { LeaseTtl = TimeSpan.FromSeconds(10), RenewEvery = TimeSpan.FromSeconds(6) };

        var problem = options.Problem();

        Assert.NotNull(problem);
        Assert.Contains("Coordination:RenewEvery", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_LifetimeTooShort_NamesTheKey()
    {
        var options = new LeaseOptions { LeaseTtl = TimeSpan.FromMilliseconds(10) };

        var problem = options.Problem();

        Assert.NotNull(problem);
        Assert.Contains("Coordination:LeaseTtl", problem, StringComparison.Ordinal);
    }
}
