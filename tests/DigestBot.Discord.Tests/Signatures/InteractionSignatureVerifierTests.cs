using System.Text;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Signatures;
using DigestBot.Discord.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Discord.Tests.Signatures;

public sealed class InteractionSignatureVerifierTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);
    private readonly TestKey _key = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly byte[] _body = Encoding.UTF8.GetBytes("{\"type\":1}");

    public void Dispose() => _key.Dispose();

    [Fact]
    public void Verify_SignedByKey_Valid()
    {
        var verifier = Verifier(_key.PublicKeyHex);
        var timestamp = TestKey.Timestamp(Now);

        var result = verifier.Verify(_key.Sign(timestamp, _body), timestamp, _body);

        Assert.Equal(SignatureCheck.Valid, result);
    }

    [Fact]
    public void Verify_TamperedBody_Invalid()
    {
        var verifier = Verifier(_key.PublicKeyHex);
        var timestamp = TestKey.Timestamp(Now);
        var signature = _key.Sign(timestamp, _body);

        var result = verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes("{\"type\":2}"));

        Assert.Equal(SignatureCheck.Invalid, result);
    }

    [Fact]
    public void Verify_TamperedTimestamp_Invalid()
    {
        var verifier = Verifier(_key.PublicKeyHex);
        var signature = _key.Sign(TestKey.Timestamp(Now), _body);

        var result = verifier.Verify(signature, TestKey.Timestamp(Now.AddSeconds(1)), _body);

        Assert.Equal(SignatureCheck.Invalid, result);
    }

    [Fact]
    public void Verify_OtherKey_Invalid()
    {
        using var other = new TestKey();
        var verifier = Verifier(other.PublicKeyHex);
        var timestamp = TestKey.Timestamp(Now);

        var result = verifier.Verify(_key.Sign(timestamp, _body), timestamp, _body);

        Assert.Equal(SignatureCheck.Invalid, result);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86400)]
    public void Verify_TimestampOutsideFiveMinutes_Stale(int offsetSeconds)
    {
        var verifier = Verifier(_key.PublicKeyHex);
        var timestamp = TestKey.Timestamp(Now.AddSeconds(offsetSeconds));

        var result = verifier.Verify(_key.Sign(timestamp, _body), timestamp, _body);

        Assert.Equal(SignatureCheck.Stale, result);
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public void Verify_TimestampWithinFiveMinutes_Valid(int offsetSeconds)
    {
        var verifier = Verifier(_key.PublicKeyHex);
        var timestamp = TestKey.Timestamp(Now.AddSeconds(offsetSeconds));

        var result = verifier.Verify(_key.Sign(timestamp, _body), timestamp, _body);

        Assert.Equal(SignatureCheck.Valid, result);
    }

    [Theory]
    [InlineData(null, "1")]
    [InlineData("ab", null)]
    [InlineData("", "")]
    public void Verify_MissingHeader_MissingHeaders(string? signature, string? timestamp)
    {
        var verifier = Verifier(_key.PublicKeyHex);

        var result = verifier.Verify(signature, timestamp, _body);

        Assert.Equal(SignatureCheck.MissingHeaders, result);
    }

    [Theory]
    [InlineData("not-hex", true)]
    [InlineData("abcd", true)]
    [InlineData("valid", false)]
    public void Verify_MalformedHeaders_Malformed(string signatureKind, bool goodTimestamp)
    {
        var verifier = Verifier(_key.PublicKeyHex);
        var timestamp = TestKey.Timestamp(Now);
        var signature = signatureKind == "valid" ? _key.Sign(timestamp, _body) : signatureKind == "abcd" ? "abcd" : new string('z', 128);

        var result = verifier.Verify(signature, goodTimestamp ? timestamp : "12:00", _body);

        Assert.Equal(SignatureCheck.Malformed, result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_NoKeyConfigured_Rejected(string? publicKey)
    {
        var verifier = Verifier(publicKey);
        var timestamp = TestKey.Timestamp(Now);

        var result = verifier.Verify(_key.Sign(timestamp, _body), timestamp, _body);

        Assert.Equal(SignatureCheck.NoKeyConfigured, result);
    }

    [Fact]
    public void Verify_GatewayOnlyMode_Rejected()
    {
        var verifier = Verifier(_key.PublicKeyHex, DiscordMode.Gateway);
        var timestamp = TestKey.Timestamp(Now);

        var result = verifier.Verify(_key.Sign(timestamp, _body), timestamp, _body);

        Assert.Equal(SignatureCheck.NoKeyConfigured, result);
    }

    private InteractionSignatureVerifier Verifier(string? publicKey, DiscordMode mode = DiscordMode.Interactions) =>
        new(Options.Create(new DiscordOptions { PublicKey = publicKey, Mode = mode }), _time);
}
