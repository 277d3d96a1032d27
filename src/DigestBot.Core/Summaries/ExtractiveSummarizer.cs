namespace DigestBot.Core.Summaries;

/// <summary>
/// Picks the most central sentences of one or more texts: each sentence scores the mean document frequency of its
/// content words (stop words dropped), damped by the square root of its length, so sentences that share the
/// text's recurring vocabulary win over lead position or sheer length.
/// </summary>
public sealed class ExtractiveSummarizer
{
    /// <summary>How strongly long sentences are penalised: score = sum(freq) / contentWords^LengthExponent.</summary>
    public const double LengthExponent = 0.5;

    /// <summary>The <paramref name="count"/> most central sentences of <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<string> Summarize(string text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Summarize([text], count);
    }

    /// <summary>
    /// The <paramref name="count"/> most central sentences over several texts about one story, in order of the
    /// text they come from and then of their position; a sentence repeated verbatim in two texts is taken once.
    /// </summary>
    public IReadOnlyList<string> Summarize(IReadOnlyList<string> texts, int count)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var candidates = new List<Candidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < texts.Count; t++)
        {
            var sentences = SentenceSplitter.Split(texts[t] ?? "");
            for (var s = 0; s < sentences.Count; s++)
            {
                if (!seen.Add(sentences[s]))
                {
                    continue;
                }

                var words = WordTokenizer.Tokenize(sentences[s]).Where(w => !StopWords.Contains(w)).ToArray();
                foreach (var word in words)
                {
                    frequency[word] = frequency.GetValueOrDefault(word) + 1;
                }

                candidates.Add(new Candidate(sentences[s], t, s, words));
            }
        }

        if (count == 0 || candidates.Count == 0)
        {
            return [];
        }

        double max = frequency.Count == 0 ? 1 : frequency.Values.Max();
        return candidates
            .Select(c => (Candidate: c, Score: Score(c.Words, frequency, max)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Candidate.Text)
            .ThenBy(x => x.Candidate.Position)
            .Take(count)
            .Select(x => x.Candidate)
            .OrderBy(c => c.Text)
            .ThenBy(c => c.Position)
            .Select(c => c.Sentence)
            .ToList();
    }

    private static double Score(string[] words, Dictionary<string, int> frequency, double max)
    {
        if (words.Length == 0)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var word in words)
        {
            sum += frequency[word] / max;
        }

        return sum / Math.Pow(words.Length, LengthExponent);
    }

    private sealed record Candidate(string Sentence, int Text, int Position, string[] Words);
}
