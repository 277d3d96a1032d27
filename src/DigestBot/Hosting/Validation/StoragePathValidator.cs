using Microsoft.Extensions.Options;

namespace DigestBot.Host.Hosting.Validation;

/// <summary>Fails the start when the database file or its folder cannot be written, naming the key and the fix.</summary>
internal sealed class StoragePathValidator : IValidateOptions<StoragePathOptions>
{
    public ValidateOptionsResult Validate(string? name, StoragePathOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Skip; // The store's own validation names the empty key.
        }

        var problem = WriteProblem(options.Path);
        return problem is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Storage:Sqlite:Path '{options.Path}' is not writable ({problem}); mount a writable volume there "
                + "(in a container: -v digestbot-data:/data) or set Storage__Sqlite__Path to a writable file.");
    }

    /// <summary>Why the file cannot be created or written, or null when it can.</summary>
    internal static string? WriteProblem(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                return "it is a folder, not a file";
            }

            var directory = Path.GetDirectoryName(full) ?? full;
            Directory.CreateDirectory(directory);
            if (File.Exists(full))
            {
                using var existing = new FileStream(full, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
                return null;
            }

            // The journal and WAL files sit beside the database, so the folder itself must take new files.
            var probe = Path.Combine(directory, $".digestbot-write-check-{Environment.ProcessId}");
            using (new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ex.Message.Split('\n')[0].Trim().TrimEnd('.');
        }
    }
}
