using DigestBot.Core.People;

namespace DigestBot.Core.Tests.People;

public sealed class SurnameKeyFilterTests
{
    [Theory]
    [InlineData("zelensky")]
    [InlineData("zelenskiy")]
    [InlineData("zelensk")]
    public void MayHold_SameInitialLengthWithinOne_True(string key)
    {
        var filter = default(SurnameKeyFilter);
        filter.Add("zelensky");

        var may = filter.MayHold(key);

        Assert.True(may);
    }

    [Theory]
    [InlineData("putin")]
    [InlineData("kallasovich")]
    [InlineData("")]
    public void MayHold_OtherInitialOrLength_False(string key)
    {
        var filter = default(SurnameKeyFilter);
        filter.Add("kallas");

        var may = filter.MayHold(key);

        Assert.False(may);
    }

    [Fact]
    public void MayHold_EmptyKeyAdded_TrueOnlyForEmpty()
    {
        var filter = default(SurnameKeyFilter);
        filter.Add(string.Empty);

        var empty = filter.MayHold(string.Empty);
        var other = filter.MayHold("a");

        Assert.True(empty);
        Assert.False(other);
    }
}
