using System.Text;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Signing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Slack.Tests.Signing;

public sealed class SlackSignatureVerifierTests
{
    // Slack's documented example ("Verifying requests from Slack"); checked independently with
    // `openssl dgst -sha256 -hmac` before being trusted here.
    private const string DocSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocTimestamp = "1531420618";
    private const string DocBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com" +
        "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string DocSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SlackSignatureVerifier Verifier(string? secret, DateTimeOffset now) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret }), new FakeTimeProvider(now));

    private static DateTimeOffset DocTime => DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Verify_SlackDocumentedExample_IsValid()
    {
        var verifier = Verifier(DocSecret, DocTime.AddSeconds(30));

        var check = verifier.Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody));

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Fact]
    public void Compute_SlackDocumentedExample_MatchesDocumentedSignature()
    {
        var signature = SlackSignatureVerifier.Compute(DocSecret, DocTimestamp, Encoding.UTF8.GetBytes(DocBody));

        Assert.Equal(DocSignature, Encoding.ASCII.GetString(signature));
    }

    [Fact]
    public void Verify_WrongSecret_IsBadSignature()
    {
        var verifier = Verifier("another-secret", DocTime);

        var check = verifier.Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody));

        Assert.Equal(SignatureCheck.BadSignature, check);
    }

    [Fact]
    public void Verify_TamperedBody_IsBadSignature()
    {
        var verifier = Verifier(DocSecret, DocTime);
        var tampered = DocBody.Replace("text=", "text=rm%20-rf", StringComparison.Ordinal);

        var check = verifier.Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(tampered));

        Assert.Equal(SignatureCheck.BadSignature, check);
    }

    [Fact]
    public void Verify_TamperedTimestampWithFreshClock_IsBadSignature()
    {
        var verifier = Verifier(DocSecret, DocTime.AddSeconds(60));

        var check = verifier.Verify("1531420678", DocSignature, Encoding.UTF8.GetBytes(DocBody));

        Assert.Equal(SignatureCheck.BadSignature, check);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(86_400)]
    public void Verify_TimestampMoreThanFiveMinutesAway_IsStale(int secondsFromNow)
    {
        var verifier = Verifier(DocSecret, DocTime.AddSeconds(-secondsFromNow));

        var check = verifier.Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody));

        Assert.Equal(SignatureCheck.StaleTimestamp, check);
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public void Verify_TimestampWithinFiveMinutes_IsValid(int secondsFromNow)
    {
        var verifier = Verifier(DocSecret, DocTime.AddSeconds(-secondsFromNow));

        var check = verifier.Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody));

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Theory]
    [InlineData(null, DocSignature)]
    [InlineData(DocTimestamp, null)]
    [InlineData("", "")]
    public void Verify_MissingHeader_IsMissingHeaders(string? timestamp, string? signature)
    {
        var verifier = Verifier(DocSecret, DocTime);

        var check = verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(DocBody));

        Assert.Equal(SignatureCheck.MissingHeaders, check);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1531420618")]
    [InlineData("99999999999999999999")]
    public void Verify_UnreadableTimestamp_IsStale(string timestamp)
    {
        var verifier = Verifier(DocSecret, DocTime);

        var check = verifier.Verify(timestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody));

        Assert.Equal(SignatureCheck.StaleTimestamp, check);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_NoSecretConfigured_RejectsEvenACorrectlySignedRequest(string? secret)
    {
        var verifier = Verifier(secret, DocTime);

        var check = verifier.Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody));

        Assert.Equal(SignatureCheck.NoSecretConfigured, check);
    }

    [Fact]
    public void Verify_UpperCaseHexSignature_IsBadSignature()
    {
        var verifier = Verifier(DocSecret, DocTime);

        var check = verifier.Verify(DocTimestamp, "v0=" + DocSignature[3..].ToUpperInvariant(), Encoding.UTF8.GetBytes(DocBody));

        Assert.Equal(SignatureCheck.BadSignature, check);
    }
}
