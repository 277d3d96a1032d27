using System.Reflection;

namespace DigestBot.Benchmarks.Engine;

/// <summary>
/// One build of DigestBot.Core loaded from a directory into a load context of its own (<see cref="CoreLoadContext"/>),
/// so two builds of the same assembly can run side by side in one process.
/// </summary>
public sealed class CoreBuild
{
    private CoreBuild(string directory, Func<string, object> analysis, Func<string, int> parse)
    {
        Directory = directory;
        Analysis = analysis;
        Parse = parse;
    }

    /// <summary>The directory the build was loaded from.</summary>
    public string Directory { get; }

    /// <summary>Analyses a text with the build's <c>QuoteExtractor</c> and returns its <c>ArticleAnalysis</c>.</summary>
    public Func<string, object> Analysis { get; }

    /// <summary>Parses a text with the build's <c>ParsedText</c> (tokenizer, sentences, quotations) and returns its token count.</summary>
    public Func<string, int> Parse { get; }

    /// <summary>Loads DigestBot.Core.dll from <paramref name="directory"/>.</summary>
    public static CoreBuild Load(string directory)
    {
        var full = Path.GetFullPath(directory);
        var path = Path.Combine(full, "DigestBot.Core.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"No DigestBot.Core.dll in {full}: copy a build's src/DigestBot.Core/bin/Release/net10.0 there", path);
        }

        var assembly = new CoreLoadContext(full).LoadFromAssemblyPath(path);
        var extractorType = assembly.GetType("DigestBot.Core.Quotes.QuoteExtractor", throwOnError: true)!;
        var analyze = extractorType.GetMethod("Analyze", [typeof(string)])!
            .CreateDelegate<Func<string, object>>(Activator.CreateInstance(extractorType));
        var parsedType = assembly.GetType("DigestBot.Core.Language.ParsedText", throwOnError: true)!;
        var parse = parsedType.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)])!
            .CreateDelegate<Func<string, object>>();
        var count = parsedType.GetProperty("Count")!;
        return new CoreBuild(
            full,
            analyze,
            text =>
            {
                using var parsed = (IDisposable)parse(text);
                return (int)count.GetValue(parsed)!;
            });
    }
}
