using System.Globalization;
using System.Text;
using DigestBot.Discord.Configuration;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace DigestBot.Discord.Signatures;

/// <summary>Verifies Discord's Ed25519 signature over timestamp + raw body, failing closed.</summary>
internal sealed class InteractionSignatureVerifier
{
    /// <summary>How far the signed timestamp may be from now, either way.</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    private readonly PublicKey? _publicKey;
    private readonly TimeProvider _time;

    public InteractionSignatureVerifier(IOptions<DiscordOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        var hex = options.Value.PublicKey;
        if (!string.IsNullOrWhiteSpace(hex) && options.Value.UsesInteractions && TryFromHex(hex, 32, out var raw)
            && PublicKey.TryImport(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey, out var key))
        {
            _publicKey = key;
        }
    }

    /// <summary>Checks the two headers against the raw body.</summary>
    public SignatureCheck Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_publicKey is null)
        {
            return SignatureCheck.NoKeyConfigured;
        }

        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (!TryFromHex(signatureHex, 64, out var signature)
            || timestamp.Length > 12
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Malformed;
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((_time.GetUtcNow() - signedAt).Duration() > MaxSkew)
        {
            return SignatureCheck.Stale;
        }

        var timestampBytes = Encoding.ASCII.GetBytes(timestamp);
        var message = new byte[timestampBytes.Length + body.Length];
        timestampBytes.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(timestampBytes.Length));

        // NSec's Verify runs libsodium's constant-time check.
        return SignatureAlgorithm.Ed25519.Verify(_publicKey, message, signature) ? SignatureCheck.Valid : SignatureCheck.Invalid;
    }

    private static bool TryFromHex(string hex, int byteCount, out byte[] bytes)
    {
        bytes = [];
        if (hex.Length != byteCount * 2)
        {
            return false;
        }

        try
        {
            bytes = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
