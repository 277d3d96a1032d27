namespace DigestBot.Host.Commands;

/// <summary>"quotes": runs the quote engine's batch runner over a JSONL file; lands with the engine.</summary>
internal static class QuotesCommand
{
    public static Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken) =>
        throw new UsageException("quotes: the quote engine batch runner is not merged yet.");
}
