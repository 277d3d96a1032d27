using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DigestBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Signing;

/// <summary>Checks X-Slack-Signature: v0= hex HMAC-SHA256 of "v0:{timestamp}:{raw body}" with the signing secret.</summary>
internal sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    /// <summary>How far the request timestamp may be from now, either way.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Verifies one request. Fails closed: no secret configured means every request is rejected.</summary>
    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return SignatureCheck.NoSecretConfigured;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return SignatureCheck.StaleTimestamp;
        }

        var sent = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((time.GetUtcNow() - sent).Duration() > MaxClockSkew)
        {
            return SignatureCheck.StaleTimestamp;
        }

        var expected = Compute(secret, timestamp, body);
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.BadSignature;
    }

    /// <summary>The ASCII bytes of "v0=" + lower-case hex HMAC for the given parts.</summary>
    public static byte[] Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return Encoding.ASCII.GetBytes("v0=" + Convert.ToHexStringLower(mac));
    }
}
