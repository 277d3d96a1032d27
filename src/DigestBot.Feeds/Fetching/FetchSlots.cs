using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Fetching;

/// <summary>
/// Limits how many feed downloads run at once (<c>Sources:MaxConcurrentFetches</c>). Only the download holds a slot:
/// parsing and storing a big feed must not make the next feed's poll wait for the network.
/// </summary>
public sealed class FetchSlots(IOptions<SourcesOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentFetches);

    /// <summary>Runs <paramref name="fetch"/> once a slot is free.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> fetch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await fetch().ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();
}
