using DigestBot.Core.Summaries;

namespace DigestBot.Core.Tests.Summaries;

/// <summary>ROUGE-2 F1 as the shared scorer computes it (lower-cased [a-z0-9]+ tokens, clipped bigram overlap).</summary>
internal static class Rouge
{
    public static double Two(string candidate, string reference)
    {
        var a = Bigrams(WordTokenizer.Tokenize(candidate));
        var b = Bigrams(WordTokenizer.Tokenize(reference));
        var overlap = a.Sum(kv => Math.Min(kv.Value, b.GetValueOrDefault(kv.Key)));
        if (overlap == 0)
        {
            return 0;
        }

        double p = overlap / (double)a.Values.Sum(), r = overlap / (double)b.Values.Sum();
        return 2 * p * r / (p + r);
    }

    private static Dictionary<(string, string), int> Bigrams(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<(string, string), int>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            counts[(tokens[i], tokens[i + 1])] = counts.GetValueOrDefault((tokens[i], tokens[i + 1])) + 1;
        }

        return counts;
    }
}
