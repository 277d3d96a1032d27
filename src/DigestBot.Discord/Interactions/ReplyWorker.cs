using DigestBot.Core.Chat;
using DigestBot.Discord.Rendering;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Interactions;

/// <summary>Sends deferred edits and follow-ups from the <see cref="ReplyQueue"/>, a few at a time.</summary>
internal sealed class ReplyWorker(ReplyQueue queue, DiscordRestClient rest, ILogger<ReplyWorker> logger) : BackgroundService
{
    private const int Parallel = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Parallel);
        var running = new List<Task>();
        try
        {
            await foreach (var pending in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(RunAsync(pending, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task RunAsync(PendingReply pending, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.ReplyCrashed(logger, exception);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Waits for the answer, then edits the deferred reply and sends the remaining messages as follow-ups.</summary>
    internal async Task SendAsync(PendingReply pending, CancellationToken cancellationToken)
    {
        ChatReply reply;
        try
        {
            reply = await pending.Reply.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            reply = ChatReply.Error("That took too long; try a narrower question.");
        }

        var messages = ReplyRenderer.Render(reply);
        var editOriginal = pending.Deferred;
        if (pending.Deferred && reply.Ephemeral)
        {
            // A deferred "thinking" message is public; an error or help text must only reach the user, so replace
            // the public message with ephemeral follow-ups.
            var deleted = await rest.DeleteOriginalResponseAsync(pending.ApplicationId, pending.Token, cancellationToken).ConfigureAwait(false);
            editOriginal = !deleted.IsSuccess;
        }

        var toSend = pending.Deferred ? messages : messages.Skip(1);
        foreach (var message in toSend)
        {
            var result = editOriginal
                ? await rest.EditOriginalResponseAsync(pending.ApplicationId, pending.Token, message, cancellationToken).ConfigureAwait(false)
                : await rest.CreateFollowupAsync(pending.ApplicationId, pending.Token, message, cancellationToken).ConfigureAwait(false);
            editOriginal = false;
            if (!result.IsSuccess)
            {
                DiscordLog.ReplyFailed(logger, result.Status, result.Error);
                return;
            }
        }
    }
}
