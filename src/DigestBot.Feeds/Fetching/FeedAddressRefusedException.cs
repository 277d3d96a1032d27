namespace DigestBot.Feeds.Fetching;

/// <summary>Thrown when a feed address is refused by the address rules (scheme, or a non-public IP).</summary>
public sealed class FeedAddressRefusedException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    public FeedAddressRefusedException()
    {
    }

    /// <summary>Creates the exception with a message naming the address and the setting.</summary>
    public FeedAddressRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public FeedAddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
