namespace DigestBot.Benchmarks.Scale;

/// <summary>Nearest-rank percentiles of measured latencies in milliseconds.</summary>
public static class Percentiles
{
    /// <summary>The <paramref name="p"/>th percentile (0 to 100) of <paramref name="values"/>.</summary>
    public static double Of(IReadOnlyList<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
