namespace DigestBot.Host.Commands;

/// <summary>A command's arguments split into positionals, flags and options, checked against what the command accepts.</summary>
internal sealed class CommandArguments
{
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandArguments()
    {
    }

    /// <summary>Arguments that are not flags or options, in order.</summary>
    public List<string> Positionals { get; } = [];

    /// <summary>"--Section:Key=value" arguments, applied as configuration.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether --help or -h was given.</summary>
    public bool Help => _flags.Contains("--help");

    /// <summary>Parses <paramref name="args"/>, accepting only the named flags (no value) and options (one value).</summary>
    public static CommandArguments Parse(string command, IEnumerable<string> args, IReadOnlyCollection<string> flags, IReadOnlyCollection<string> options)
    {
        var parsed = new CommandArguments();
        using var e = args.GetEnumerator();
        var onlyPositionals = false;
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (onlyPositionals || !arg.StartsWith('-') || arg == "-")
            {
                parsed.Positionals.Add(arg);
            }
            else if (arg == "--")
            {
                onlyPositionals = true;
            }
            else if (arg is "--help" or "-h" or "-?")
            {
                parsed._flags.Add("--help");
            }
            else if (flags.Contains(arg))
            {
                parsed._flags.Add(arg);
            }
            else if (options.Contains(arg))
            {
                parsed._options[arg] = e.MoveNext() && !e.Current.StartsWith("--", StringComparison.Ordinal)
                    ? e.Current
                    : throw new UsageException($"{command}: {arg} needs a value.");
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is > 2 and var eq && arg[..eq].Contains(':', StringComparison.Ordinal))
            {
                parsed.Settings[arg[2..eq]] = arg[(eq + 1)..];
            }
            else if (arg.IndexOf('=', StringComparison.Ordinal) is > 2 and var eq2 && options.Contains(arg[..eq2]))
            {
                parsed._options[arg[..eq2]] = arg[(eq2 + 1)..];
            }
            else
            {
                throw new UsageException($"{command}: unknown option {arg}. See '{command} --help'.");
            }
        }

        return parsed;
    }

    /// <summary>Whether the flag was given.</summary>
    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>The option's value, or null.</summary>
    public string? Get(string option) => _options.TryGetValue(option, out var value) ? value : null;
}
