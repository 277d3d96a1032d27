namespace DigestBot.Slack.Signing;

/// <summary>The outcome of a signature check; anything but <see cref="Valid"/> is a 401.</summary>
internal enum SignatureCheck
{
    /// <summary>The signature matches and the timestamp is fresh.</summary>
    Valid,

    /// <summary>No signing secret is configured, so nothing can be trusted.</summary>
    NoSecretConfigured,

    /// <summary>X-Slack-Signature or X-Slack-Request-Timestamp is absent.</summary>
    MissingHeaders,

    /// <summary>The timestamp is unreadable or more than five minutes from now.</summary>
    StaleTimestamp,

    /// <summary>The signature does not match the body.</summary>
    BadSignature,
}
