using DigestBot.Core.Delivery;

namespace DigestBot.Host.Digests;

/// <summary>A chat platform that prints digests to a text writer (stdout by default); Name "console".</summary>
/// <remarks>It cannot detect a repeated idempotency key across restarts, so its delivery is at-least-once.</remarks>
internal sealed class ConsoleChatPlatform(TextWriter output) : IChatPlatform
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Prints to the process's standard output.</summary>
    public ConsoleChatPlatform()
        : this(Console.Out)
    {
    }

    /// <inheritdoc />
    public string Name => "console";

    /// <inheritdoc />
    public async Task<DeliveryResult> PostDigestAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteLineAsync($"[#{delivery.ChannelId}]".AsMemory(), cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(DigestText.Format(delivery.Digest).AsMemory(), cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return DeliveryResult.Delivered("console:" + delivery.IdempotencyKey);
        }
        catch (IOException ex)
        {
            return DeliveryResult.Failed(DeliveryStatus.Transient, "console write failed: " + ex.Message);
        }
        finally
        {
            _gate.Release();
        }
    }
}
