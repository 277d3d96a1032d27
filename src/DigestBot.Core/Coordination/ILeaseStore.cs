namespace DigestBot.Core.Coordination;

/// <summary>
/// Named leases with an expiry, shared by every replica that uses the same store: the holder of "discord-gateway" is
/// the one replica that keeps the gateway connection open. A lease whose holder stops renewing it expires and can be
/// taken by another.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease <paramref name="name"/> for <paramref name="holder"/> until <paramref name="ttl"/> from now when it is
    /// free, expired or already held by <paramref name="holder"/> (a renewal). True when <paramref name="holder"/> holds it.
    /// </summary>
    Task<bool> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Gives the lease up if <paramref name="holder"/> holds it, so another replica takes over at once.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken);
}
