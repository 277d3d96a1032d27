using System.Globalization;

namespace DigestBot.Core.Coordination;

/// <summary>This process's name among the replicas: host, process id and a random suffix, unique across restarts.</summary>
public sealed class ReplicaIdentity
{
    /// <summary>An identity for the current process.</summary>
    public ReplicaIdentity()
        : this(string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}"))
    {
    }

    /// <summary>An identity with a given name (tests, or several holders in one process).</summary>
    public ReplicaIdentity(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The holder name written into leases.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
