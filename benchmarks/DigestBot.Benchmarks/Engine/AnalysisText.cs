using System.Collections;
using System.Globalization;
using System.Reflection;

namespace DigestBot.Benchmarks.Engine;

/// <summary>
/// An <c>ArticleAnalysis</c> of any build as lines of text, one per quote and one per person, with every public
/// property (lists joined), so the outputs of two builds can be compared field by field.
/// </summary>
public static class AnalysisText
{
    /// <summary>The lines for <paramref name="analysis"/>: each quote, then each person.</summary>
    public static IReadOnlyList<string> Of(object analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var type = analysis.GetType();
        return [.. Items(type.GetProperty("Quotes")!.GetValue(analysis), "quote"), .. Items(type.GetProperty("People")!.GetValue(analysis), "person")];
    }

    private static IEnumerable<string> Items(object? list, string label) =>
        ((IEnumerable)list!).Cast<object>().Select(item => label + " " + string.Join(" | ", Fields(item)));

    private static IEnumerable<string> Fields(object item) =>
        item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={Value(p.GetValue(item))}");

    private static string Value(object? value) => value switch
    {
        null => "(null)",
        string text => text,
        IEnumerable items => "[" + string.Join("; ", items.Cast<object?>().Select(Value)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
