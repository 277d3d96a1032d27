using DigestBot.Host.Commands;
using DigestBot.Host.Hosting.Validation;

namespace DigestBot.Tests.Hosting;

public sealed class StartupValidationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestbot-validate", Guid.NewGuid().ToString("N"));

    public StartupValidationTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Validate_DatabaseUnderAFile_FailsNamingTheKeyAndTheFix()
    {
        var blocker = Path.Combine(_root, "not-a-folder");
        File.WriteAllText(blocker, "x");
        var options = new StoragePathOptions { Path = Path.Combine(blocker, "bot.db") };

        var result = new StoragePathValidator().Validate(null, options);

        Assert.True(result.Failed);
        var message = Assert.Single(result.Failures!);
        Assert.StartsWith("Storage:Sqlite:Path '", message, StringComparison.Ordinal);
        Assert.Contains("Storage__Sqlite__Path", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void Validate_WritableNewFolder_SucceedsAndLeavesNoProbeFile()
    {
        var options = new StoragePathOptions { Path = Path.Combine(_root, "data", "bot.db") };

        var result = new StoragePathValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "data")));
    }

    [Fact]
    public void Validate_PathIsAFolder_Fails()
    {
        var options = new StoragePathOptions { Path = _root };

        var result = new StoragePathValidator().Validate(null, options);

        Assert.Contains("it is a folder", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UnwritableDatabasePath_ExitsNonZeroWithOneLineNamingTheKey()
    {
        var blocker = Path.Combine(_root, "file");
        await File.WriteAllTextAsync(blocker, "x");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CommandContext(output, error, _root, new Dictionary<string, string?>());
        string[] args = ["serve", $"--Storage:Sqlite:Path={Path.Combine(blocker, "bot.db")}", "--urls=http://127.0.0.1:0", $"--Ingestion:Folders:0={_root}"];

        var code = await CommandLine.RunAsync(args, context, CancellationToken.None);

        Assert.Equal(1, code);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("error: invalid configuration: Storage:Sqlite:Path", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output.ToString() + error, StringComparison.Ordinal);
    }
}
