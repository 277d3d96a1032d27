using System.Text.RegularExpressions;

namespace DigestBot.Core.Summaries;

/// <summary>Splits text into sentences: per line, then after '.', '!' or '?' followed by a capital letter or digit.</summary>
/// <remarks>Same rule as the evaluation scorer, so a chosen sentence is exactly a unit the scorer sees.</remarks>
public static partial class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/>, trimmed, in text order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var paragraph = line.Trim();
            if (paragraph.Length == 0)
            {
                continue;
            }

            foreach (var part in Boundary().Split(paragraph))
            {
                var sentence = part.Trim();
                if (sentence.Length > 0)
                {
                    sentences.Add(sentence);
                }
            }
        }

        return sentences;
    }

    [GeneratedRegex("""(?<=[.!?])["']?\s+(?=["']?[A-Z0-9])""", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
