using System.Net;
using DigestBot.Feeds.Fetching;

namespace DigestBot.Feeds.Tests.Fetching;

public sealed class AddressRulesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("224.0.0.1")]
    public void IsPublic_NonPublicAddress_ReturnsFalse(string address)
    {
        var result = AddressRules.IsPublic(IPAddress.Parse(address));

        Assert.False(result);
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    public void IsPublic_PublicAddress_ReturnsTrue(string address)
    {
        var result = AddressRules.IsPublic(IPAddress.Parse(address));

        Assert.True(result);
    }
}
