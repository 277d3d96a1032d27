using DigestBot.Host.Commands;
using DigestBot.Testing;
using Microsoft.Data.Sqlite;

namespace DigestBot.Tests.Commands;

/// <summary>A throw-away content root (with a seeds folder) and database for running commands in-process.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun(bool copySeeds = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "digestbot-cli", Guid.NewGuid().ToString("N"));
        Seeds = Path.Combine(Root, "seeds");
        Directory.CreateDirectory(Seeds);
        if (copySeeds)
        {
            foreach (var file in Directory.GetFiles(RepoPaths.InRoot("seeds")))
            {
                File.Copy(file, Path.Combine(Seeds, Path.GetFileName(file)));
            }
        }

        DatabasePath = Path.Combine(Root, "data", "bot.db");
    }

    public string Root { get; }

    public string Seeds { get; }

    public string DatabasePath { get; }

    /// <summary>Runs the command line with this content root and database; returns exit code, stdout and stderr.</summary>
    public async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = DatabasePath };
        var context = new CommandContext(output, error, Root, settings);

        var code = await CommandLine.RunAsync(args, context, CancellationToken.None);

        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
