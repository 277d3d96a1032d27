namespace DigestBot.Discord.Signatures;

/// <summary>The outcome of checking an interaction request's signature.</summary>
internal enum SignatureCheck
{
    /// <summary>Signed by the application's key within the allowed clock skew.</summary>
    Valid,

    /// <summary>No public key configured: every request is rejected.</summary>
    NoKeyConfigured,

    /// <summary>X-Signature-Ed25519 or X-Signature-Timestamp is absent.</summary>
    MissingHeaders,

    /// <summary>The signature is not 128 hex characters or the timestamp is not unix seconds.</summary>
    Malformed,

    /// <summary>The timestamp is more than the allowed skew away from now.</summary>
    Stale,

    /// <summary>The signature does not verify.</summary>
    Invalid,
}
