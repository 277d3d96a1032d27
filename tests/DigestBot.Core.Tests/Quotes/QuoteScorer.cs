using System.Text.RegularExpressions;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

/// <summary>
/// A C# port of the matching rules of ../shared/eval/score_quotes.py: token-overlap F1 of at least 0.5, greedy
/// best pairs first, predictions matched to optional gold quotes ignored, speakers compared by last name.
/// </summary>
internal static partial class QuoteScorer
{
    /// <summary>Scores predicted quotes per document against the gold documents.</summary>
    public static QuoteScore Score(IReadOnlyList<GoldDocument> gold, IReadOnlyDictionary<string, IReadOnlyList<Quote>> predicted)
    {
        int tp = 0, e2e = 0, npred = 0, ngold = 0;
        foreach (var doc in gold)
        {
            var preds = predicted.GetValueOrDefault(doc.Id, []).Where(q => Words(q.Text).Count > 0).ToList();
            var pairs = new List<(double F, int G, int P)>();
            for (var g = 0; g < doc.Quotes.Count; g++)
            {
                var gw = Words(doc.Quotes[g].Quote);
                for (var p = 0; p < preds.Count; p++)
                {
                    var f = OverlapF1(gw, Words(preds[p].Text));
                    if (f >= 0.5)
                    {
                        pairs.Add((f, g, p));
                    }
                }
            }

            // Python sorts the (f, i, j) tuples in reverse: ties broken by the larger indexes first.
            pairs.Sort((a, b) => b.F != a.F ? b.F.CompareTo(a.F) : b.G != a.G ? b.G.CompareTo(a.G) : b.P.CompareTo(a.P));
            var usedG = new HashSet<int>();
            var usedP = new HashSet<int>();
            foreach (var (_, g, p) in pairs)
            {
                if (usedG.Contains(g) || usedP.Contains(p))
                {
                    continue;
                }

                usedG.Add(g);
                usedP.Add(p);
                if (doc.Quotes[g].Optional)
                {
                    continue;
                }

                tp++;
                e2e += SameSpeaker(doc.Quotes[g].Speaker, preds[p].Speaker) ? 1 : 0;
            }

            npred += preds.Count - usedG.Count(g => doc.Quotes[g].Optional);
            ngold += doc.Quotes.Count(q => !q.Optional);
        }

        return new QuoteScore(tp, e2e, npred, ngold);
    }

    /// <summary>Lower-case word tokens as the Python scorer's regex finds them.</summary>
    public static List<string> Words(string? s) =>
        [.. WordPattern().Matches((s ?? string.Empty).ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\''))
            .Select(m => m.Value)];

    /// <summary>Token-overlap F1 of two word lists.</summary>
    public static double OverlapF1(List<string> a, List<string> b)
    {
        var counts = a.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var w in b)
        {
            if (counts.TryGetValue(w, out var n) && n > 0)
            {
                counts[w] = n - 1;
                common++;
            }
        }

        if (common == 0)
        {
            return 0;
        }

        double p = (double)common / b.Count, r = (double)common / a.Count;
        return 2 * p * r / (p + r);
    }

    /// <summary>True when the gold last name is among the predicted words or the predicted last word among the gold's.</summary>
    public static bool SameSpeaker(string? gold, string? predicted)
    {
        var g = Words(gold);
        var p = Words(predicted);
        return g.Count > 0 && p.Count > 0 && (p.Contains(g[^1]) || g.Contains(p[^1]));
    }

    [GeneratedRegex("[0-9a-z]+(?:'[a-z]+)?")]
    private static partial Regex WordPattern();
}
