using DigestBot.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Hosting.Validation;

/// <summary>Fails the start when a configured ingestion folder exists but cannot be read, naming the key and the fix.</summary>
/// <remarks>A folder that does not exist yet is allowed: the service warns and the periodic rescan picks it up once created.</remarks>
internal sealed class IngestionFoldersValidator(IHostEnvironment environment) : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var folders = options.EffectiveFolders;
        for (var i = 0; i < folders.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(folders[i]))
            {
                continue; // Named by the ingestion options' own rule.
            }

            var problem = ReadProblem(Path.GetFullPath(folders[i], environment.ContentRootPath));
            if (problem is not null)
            {
                var key = options.Folders.Count == 0 ? "Ingestion:Folders" : $"Ingestion:Folders:{i}";
                failures.Add($"{key} '{folders[i]}' is not readable ({problem}); make it readable by the bot's user "
                    + $"(uid {Environment.GetEnvironmentVariable("APP_UID") ?? "of the process"}) or set Ingestion__Folders__{i} to a readable folder.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? ReadProblem(string full)
    {
        try
        {
            if (Directory.Exists(full))
            {
                using var entries = Directory.EnumerateFileSystemEntries(full).GetEnumerator();
                entries.MoveNext();
            }
            else if (File.Exists(full))
            {
                using var file = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message.Split('\n')[0].Trim().TrimEnd('.');
        }
    }
}
