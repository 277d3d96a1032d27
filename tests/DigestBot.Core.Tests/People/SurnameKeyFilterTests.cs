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

    [Theory]
    [InlineData(29)]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(45)]
    public void MayHold_LongKeyLengthWithinOne_True(int length)
    {
        var filter = default(SurnameKeyFilter);
        filter.Add(new string('k', length));

        var shorter = filter.MayHold(new string('k', length - 1));
        var same = filter.MayHold(new string('k', length));
        var longer = filter.MayHold(new string('k', length + 1));

        Assert.True(shorter && same && longer);
    }

    [Fact]
    public void MayHold_EveryLetterAndLength_NeverRejectsAVariant()
    {
        for (var letter = 'a'; letter <= 'z'; letter++)
        {
            for (var length = 1; length <= 40; length++)
            {
                var filter = default(SurnameKeyFilter);
                filter.Add(new string(letter, length));

                Assert.True(filter.MayHold(new string(letter, length + 1)));
                Assert.True(length == 1 || filter.MayHold(new string(letter, length - 1)));
                Assert.False(filter.MayHold(new string(letter == 'z' ? 'a' : (char)(letter + 1), length)));
            }
        }
    }
}
