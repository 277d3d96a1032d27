namespace DigestBot.Discord.Rest;

/// <summary>Whether the adapter may still talk to Discord; a rejected token stops it for good.</summary>
internal sealed class DiscordAdapterState
{
    private volatile string? _stopReason;

    /// <summary>Set once the adapter has stopped.</summary>
    public string? StopReason => _stopReason;

    /// <summary>True after a fatal error (bad token, fatal gateway close).</summary>
    public bool IsStopped => _stopReason is not null;

    /// <summary>Signals everything waiting on the adapter that it has stopped.</summary>
    public CancellationToken Stopped => _stopped.Token;

    private readonly CancellationTokenSource _stopped = new();

    /// <summary>Stops the adapter; returns true only for the first caller, so the reason is logged once.</summary>
    public bool Stop(string reason)
    {
        if (Interlocked.CompareExchange(ref _stopReason, reason, null) is not null)
        {
            return false;
        }

        _stopped.Cancel();
        return true;
    }
}
