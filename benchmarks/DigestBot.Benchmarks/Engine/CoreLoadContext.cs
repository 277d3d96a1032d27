using System.Reflection;
using System.Runtime.Loader;

namespace DigestBot.Benchmarks.Engine;

/// <summary>Loads DigestBot.Core from one directory, and everything else (the framework) from the default context.</summary>
public sealed class CoreLoadContext(string directory) : AssemblyLoadContext($"DigestBot.Core from {directory}")
{
    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        ArgumentNullException.ThrowIfNull(assemblyName);
        var path = Path.Combine(directory, assemblyName.Name + ".dll");
        return assemblyName.Name == "DigestBot.Core" && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
