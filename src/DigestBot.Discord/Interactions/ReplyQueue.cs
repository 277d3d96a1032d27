using System.Threading.Channels;

namespace DigestBot.Discord.Interactions;

/// <summary>A bounded queue of replies still to be sent, so no request thread waits for a slow answer.</summary>
internal sealed class ReplyQueue
{
    /// <summary>Replies that may wait at once; beyond that new commands get a busy message.</summary>
    public const int Capacity = 64;

    private readonly Channel<PendingReply> _channel = Channel.CreateBounded<PendingReply>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>The reading side, for the worker.</summary>
    public ChannelReader<PendingReply> Reader => _channel.Reader;

    /// <summary>True when a new reply could be queued right now.</summary>
    public bool HasRoom => _channel.Reader.Count < Capacity;

    /// <summary>Queues a reply; false when the queue is full.</summary>
    public bool TryEnqueue(PendingReply reply) => _channel.Writer.TryWrite(reply);
}
