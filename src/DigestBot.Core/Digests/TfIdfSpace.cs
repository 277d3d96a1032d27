using DigestBot.Core.Summaries;

namespace DigestBot.Core.Digests;

/// <summary>Unit-length TF-IDF vectors of a set of short texts (stop words dropped), for cosine similarity.</summary>
public sealed class TfIdfSpace
{
    private readonly Dictionary<string, double>[] _vectors;

    /// <summary>Builds the vectors of <paramref name="texts"/>; IDF is computed over these texts alone.</summary>
    public TfIdfSpace(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = texts
            .Select(t => WordTokenizer.Tokenize(t ?? "")
                .Where(w => w.Length > 1 && !StopWords.Contains(w))
                .GroupBy(w => w, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal))
            .ToArray();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in counts.SelectMany(c => c.Keys))
        {
            documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
        }

        var n = texts.Count;
        _vectors = counts.Select(c => Normalise(c.ToDictionary(
            kv => kv.Key,
            kv => (1 + Math.Log(kv.Value)) * Math.Log((1.0 + n) / (1.0 + documentFrequency[kv.Key])) + 1e-9,
            StringComparer.Ordinal))).ToArray();
    }

    /// <summary>How many texts the space holds.</summary>
    public int Count => _vectors.Length;

    /// <summary>Cosine similarity of texts <paramref name="a"/> and <paramref name="b"/>, 0..1.</summary>
    public double Cosine(int a, int b)
    {
        var (small, large) = _vectors[a].Count <= _vectors[b].Count ? (_vectors[a], _vectors[b]) : (_vectors[b], _vectors[a]);
        var dot = 0.0;
        foreach (var (word, weight) in small)
        {
            if (large.TryGetValue(word, out var other))
            {
                dot += weight * other;
            }
        }

        return dot;
    }

    private static Dictionary<string, double> Normalise(Dictionary<string, double> vector)
    {
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm == 0)
        {
            return vector;
        }

        foreach (var key in vector.Keys.ToList())
        {
            vector[key] /= norm;
        }

        return vector;
    }
}
