namespace DigestBot.Core.Answers;

/// <summary>Scores how close a typed name is to a known one ("Zelensky" vs "Volodymyr Zelenskyy"), for suggestions.</summary>
public static class NameSimilarity
{
    /// <summary>True when <paramref name="query"/> is contained in, or within a small edit distance of, the name or one of its words.</summary>
    public static bool IsClose(string query, string name)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(name);
        var q = query.Trim().ToUpperInvariant();
        var n = name.Trim().ToUpperInvariant();
        if (q.Length == 0 || n.Length == 0)
        {
            return false;
        }

        if (n.Contains(q, StringComparison.Ordinal) || (q.Length > 3 && q.Contains(n, StringComparison.Ordinal)))
        {
            return true;
        }

        var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in q.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var allowed = Math.Max(1, part.Length / 4);
            if (part.Length >= 3 && words.Any(w => Distance(part, w) <= allowed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Levenshtein distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
