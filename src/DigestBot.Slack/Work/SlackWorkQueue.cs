using System.Threading.Channels;
using DigestBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Work;

/// <summary>The bounded queue between Slack's 3-second deadline and the workers that answer.</summary>
internal sealed class SlackWorkQueue(IOptions<SlackOptions> options)
{
    private readonly Channel<SlackWorkItem> _channel = Channel.CreateBounded<SlackWorkItem>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    /// <summary>Queues an item; false when the queue is full (the caller tells the user to try again).</summary>
    public bool TryEnqueue(SlackWorkItem item) => _channel.Writer.TryWrite(item);

    /// <summary>The items, for the workers.</summary>
    public ChannelReader<SlackWorkItem> Reader => _channel.Reader;
}
