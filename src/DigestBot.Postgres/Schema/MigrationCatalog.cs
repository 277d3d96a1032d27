using System.Globalization;
using System.Reflection;

namespace DigestBot.Postgres.Schema;

/// <summary>The migrations embedded in this assembly as <c>Schema/Migrations/NNNN_name.sql</c>, in order.</summary>
internal static class MigrationCatalog
{
    private const string Prefix = "DigestBot.Postgres.Migrations.";

    private static readonly Lazy<IReadOnlyList<Migration>> LazyAll = new(Load);

    /// <summary>Every migration, ascending by version.</summary>
    public static IReadOnlyList<Migration> All => LazyAll.Value;

    /// <summary>The version the schema has once every migration ran.</summary>
    public static int LatestVersion => All[^1].Version;

    private static List<Migration> Load()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();

        // Versions are reserved per feature branch, so a branch may lack one in between; the migrator applies every
        // version not yet recorded, so a gap filled later still runs. Duplicates are always a mistake.
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version < 1 || (i > 0 && migrations[i].Version == migrations[i - 1].Version))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL migrations must have distinct positive numbers; found {migrations[i].Version} ({migrations[i].Name}) twice or below 1.");
            }
        }

        return migrations.Count == 0
            ? throw new InvalidOperationException("No PostgreSQL migrations are embedded in " + assembly.GetName().Name)
            : migrations;
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        var file = resource[Prefix.Length..^".sql".Length];
        var separator = file.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(file.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration {file}.sql must be named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded migration " + resource);
        using var reader = new StreamReader(stream);
        return new Migration(version, file[(separator + 1)..], reader.ReadToEnd());
    }
}
