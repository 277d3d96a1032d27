using DigestBot.Host.Commands;

// One entry point for the command line and the web host. No arguments, "serve", or only --key=value arguments
// (how WebApplicationFactory starts the app) run the web host; anything else is a command.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CommandLine.RunAsync(args, CommandContext.FromConsole(), cancellation.Token).ConfigureAwait(false);

/// <summary>The entry point's type, public for WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
