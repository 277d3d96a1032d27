using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace DigestBot.Discord.Tests.Support;

/// <summary>An Ed25519 key pair made for one test, signing requests the way Discord does.</summary>
internal sealed class TestKey : IDisposable
{
    private readonly Key _key = Key.Create(
        SignatureAlgorithm.Ed25519,
        new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    /// <summary>The public key as Discord shows it: 64 hex characters.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>Signs timestamp + body and returns the hex signature.</summary>
    public string Sign(string timestamp, byte[] body)
    {
        var message = Encoding.ASCII.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, message));
    }

    /// <summary>Unix seconds for a time, as Discord sends them.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _key.Dispose();
}
