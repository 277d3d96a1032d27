using DigestBot.Core.Chat;

namespace DigestBot.Slack.Work;

/// <summary>
/// The race between "answer inline" and "ack now, answer later": exactly one side wins, so a reply is never
/// both returned in the HTTP response and posted to response_url, nor lost between them.
/// </summary>
internal sealed class InlineReplySlot
{
    private const int Pending = 0;
    private const int Inline = 1;
    private const int Abandoned = 2;
    private readonly TaskCompletionSource<ChatReply> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    /// <summary>Completes when the worker hands the reply over for the inline response.</summary>
    public Task<ChatReply> Reply => _reply.Task;

    /// <summary>Called by the worker; false means the request was already acknowledged and the reply must go to response_url.</summary>
    public bool TryDeliverInline(ChatReply reply)
    {
        if (Interlocked.CompareExchange(ref _state, Inline, Pending) != Pending)
        {
            return false;
        }

        _reply.SetResult(reply);
        return true;
    }

    /// <summary>Called by the endpoint when its wait ran out; false means the reply arrived meanwhile (await <see cref="Reply"/>).</summary>
    public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Abandoned, Pending) == Pending;
}
