namespace DigestBot.Host.Commands;

/// <summary>What a command runs against: its output streams, the content root and configuration overrides.</summary>
/// <param name="Out">Where results go (stdout).</param>
/// <param name="Error">Where the one-line error goes (stderr).</param>
/// <param name="ContentRoot">Folder that relative paths and appsettings.json are resolved against (the working directory).</param>
/// <param name="Settings">Configuration values that win over appsettings.json and the environment ("--Storage:Sqlite:Path=..." arguments, tests).</param>
internal sealed record CommandContext(TextWriter Out, TextWriter Error, string ContentRoot, IReadOnlyDictionary<string, string?> Settings)
{
    /// <summary>The process's console and working directory.</summary>
    public static CommandContext FromConsole() =>
        new(Console.Out, Console.Error, Directory.GetCurrentDirectory(), new Dictionary<string, string?>());
}
