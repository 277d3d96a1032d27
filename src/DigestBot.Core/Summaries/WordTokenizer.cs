using System.Text.RegularExpressions;

namespace DigestBot.Core.Summaries;

/// <summary>Lower-cased ASCII word tokens ([a-z0-9]+), the unit both the summariser and ROUGE count.</summary>
public static partial class WordTokenizer
{
    /// <summary>The tokens of <paramref name="text"/> in order.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Word().Matches(text.ToLowerInvariant());
        var tokens = new string[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            tokens[i] = matches[i].Value;
        }

        return tokens;
    }

    [GeneratedRegex("[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
