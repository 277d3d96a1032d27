namespace DigestBot.Core.Coordination;

/// <summary>The names of the leases this process holds, safe to read from any thread.</summary>
internal sealed class LeaseBoard
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public bool Contains(string name)
    {
        lock (_gate)
        {
            return _names.Contains(name);
        }
    }

    public void Add(string name)
    {
        lock (_gate)
        {
            _names.Add(name);
        }
    }

    public void Remove(string name)
    {
        lock (_gate)
        {
            _names.Remove(name);
        }
    }
}
