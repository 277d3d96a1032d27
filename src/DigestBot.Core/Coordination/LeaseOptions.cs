namespace DigestBot.Core.Coordination;

/// <summary>
/// How connection leases are held ("Coordination" section). With the defaults a replica that dies is replaced within
/// <see cref="LeaseTtl"/> + <see cref="RetryEvery"/> = 25 s.
/// </summary>
public sealed class LeaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Coordination";

    /// <summary>How long a lease lasts after its last renewal.</summary>
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often the holder renews; at most half of <see cref="LeaseTtl"/> so one failed renewal is survivable.</summary>
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a standby replica tries to take the lease.</summary>
    public TimeSpan RetryEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Null when the values hang together, else what is wrong, naming the key.</summary>
    public string? Problem()
    {
        if (LeaseTtl < TimeSpan.FromSeconds(1) || LeaseTtl > TimeSpan.FromMinutes(10))
        {
            return $"Coordination:LeaseTtl is {LeaseTtl}; it must be between 00:00:01 and 00:10:00.";
        }

        if (RenewEvery < TimeSpan.FromMilliseconds(100) || RenewEvery * 2 > LeaseTtl)
        {
            return $"Coordination:RenewEvery is {RenewEvery}; it must be at least 100 ms and at most half of Coordination:LeaseTtl ({LeaseTtl}).";
        }

        return RetryEvery < TimeSpan.FromMilliseconds(100) || RetryEvery > LeaseTtl
            ? $"Coordination:RetryEvery is {RetryEvery}; it must be at least 100 ms and at most Coordination:LeaseTtl ({LeaseTtl})."
            : null;
    }
}
